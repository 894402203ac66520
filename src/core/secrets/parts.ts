/**
 * The policy's building blocks: blank the secret values of key/value rows, URLs, auth and
 * variables, keeping every name, and tell a sink what was blanked. Nothing is changed in place.
 */
import { joinUrl, splitUrl } from "../http/url";
import type { Auth, Variable } from "../model";
import { isOnlyReference, isSecretHeader, isSecretName } from "./names";
import type { BlankedValue } from "./report";

/** Told about each value blanked; the caller knows where it is. */
export type BlankSink = (b: Omit<BlankedValue, "where">) => void;

/** Whether a value holds something to blank: not empty, not only a `{{reference}}`. */
export function holdsValue(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === "boolean") return false;
  if (typeof value === "string") return value !== "" && !isOnlyReference(value);
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

/** An empty value of the same shape: "" for text and numbers, [] for lists, {} for objects. */
function emptied(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value === "object" && value !== null) return {};
  return "";
}

/** Rows (headers, params, form fields) with the values of secret-named ones blanked. */
export function blankRows<T extends { key: string; value: string; type?: string }>(
  rows: readonly T[],
  kind: "header" | "response header" | "query parameter" | "form field",
  sink: BlankSink,
): T[] {
  const secret = kind.endsWith("header") ? isSecretHeader : isSecretName;
  return rows.map((row) => {
    if (row.type === "file" || !secret(row.key) || !holdsValue(row.value)) return row;
    sink({ kind, name: row.key });
    return { ...row, value: "" };
  });
}

/** `[name, value]` header pairs (as sent or received) with credential values blanked. */
export function blankPairs(
  pairs: readonly [string, string][],
  kind: "header" | "response header",
  sink: BlankSink,
): [string, string][] {
  return pairs.map(([name, value]): [string, string] => {
    if (!isSecretHeader(name) || !holdsValue(value)) return [name, value];
    sink({ kind, name });
    return [name, ""];
  });
}

/** A query parameter's name as the server reads it (`api%5Fkey`, `api+key`). */
function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/**
 * URL text (templates allowed) with the values of secret-named query parameters blanked and the
 * password of `user:password@` removed. Everything else stays exactly as written.
 */
export function blankUrl(url: string, sink: BlankSink): string {
  const parts = splitUrl(url);
  const userinfo = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#@:]*):([^/?#@]*)@/i.exec(parts.base);
  if (userinfo && holdsValue(userinfo[3])) {
    sink({ kind: "URL password", name: userinfo[2] || "user" });
    parts.base = `${userinfo[1]}${userinfo[2]}:@${parts.base.slice(userinfo[0].length)}`;
  }
  if (parts.query !== undefined) {
    parts.query = parts.query
      .split("&")
      .map((segment) => {
        const eq = segment.indexOf("=");
        if (eq < 0) return segment;
        const name = decodedName(segment.slice(0, eq));
        if (!isSecretName(name) || !holdsValue(segment.slice(eq + 1))) return segment;
        sink({ kind: "query parameter", name });
        return segment.slice(0, eq + 1);
      })
      .join("&");
  }
  return joinUrl(parts);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Fields kept verbatim from an import (`extra`: a request's `certificate`, `proxy`, unknown
 * fields) with secret-named text blanked, at any depth: `{key, value}` rows by their key, other
 * fields by their own name (`passphrase`). A field named just `key` is a name and is kept.
 */
export function blankExtra<T>(value: T, sink: BlankSink, depth = 0): T {
  if (depth > 20) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => blankExtra(v, sink, depth + 1)) as T;
  if (!isRecord(value)) return value;
  const row = typeof value.key === "string" && "value" in value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (row && k === "value") {
      const secret = isSecretHeader(value.key as string) && holdsValue(v);
      if (secret) sink({ kind: "setting", name: value.key as string });
      out[k] = secret ? emptied(v) : v;
    } else if (typeof v === "string" && k !== "key" && isSecretName(k) && holdsValue(v)) {
      sink({ kind: "setting", name: k });
      out[k] = "";
    } else out[k] = blankExtra(v, sink, depth + 1);
  }
  return out as T;
}

/** Auth attributes that say where a key goes, not what it is (apikey's header name and place). */
const PLACEMENT: Partial<Record<Auth["type"], ReadonlySet<string>>> = {
  apikey: new Set(["key", "in"]),
};

/**
 * Auth with every attribute value blanked, of every type, known or not: only apikey's `key`
 * (the header or parameter name) and `in`, booleans, and `{{references}}` are kept.
 */
export function blankAuth(auth: Auth, sink: BlankSink): Auth {
  const keep = PLACEMENT[auth.type];
  return {
    ...auth,
    attributes: auth.attributes.map((a) => {
      if (keep?.has(a.key) || !holdsValue(a.value)) return a;
      sink({ kind: "auth", name: a.key, authType: auth.type });
      return { ...a, value: emptied(a.value) };
    }),
  };
}

/** Whether a variable is secret: typed "secret", or named like one (`token`, `apiKey`). */
export function isSecretVariable(v: Pick<Variable, "key" | "type">): boolean {
  return v.type === "secret" || isSecretName(v.key);
}

/** Variables with the values of secret ones blanked (an imported raw value goes too). */
export function blankVariables(variables: readonly Variable[], sink: BlankSink): Variable[] {
  return variables.map((v) => {
    const raw = v.extra && "rawValue" in v.extra;
    if (!isSecretVariable(v) || (!holdsValue(v.value) && !raw)) return v;
    sink({ kind: "variable", name: v.key });
    const out: Variable = { ...v, value: "" };
    if (v.extra) {
      const { rawValue: _raw, ...extra } = v.extra;
      if (Object.keys(extra).length) out.extra = extra;
      else delete out.extra;
    }
    return out;
  });
}
