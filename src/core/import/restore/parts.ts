/**
 * The parts of an entity (rows, variables, auth, body, scripts, examples, settings), each
 * restored to the shape src/core/model.ts requires: defaults filled, wrong types coerced, kept
 * objects cleaned of `__proto__`-like keys.
 */
import { emptyBody } from "../../factory";
import type {
  Auth,
  AuthType,
  Body,
  BodyMode,
  CollectionSettings,
  Example,
  FormField,
  Id,
  KeyValue,
  RequestSettings,
  Scripts,
  Variable,
} from "../../model";
import { AUTH_TYPES, BODY_MODES, RAW_LANGUAGES, VARIABLE_TYPES } from "../../model";
import type { Notes } from "./notes";
import type { Json } from "./values";
import {
  at,
  bool,
  data,
  extraOf,
  idOf,
  maybeText,
  num,
  objects,
  put,
  record,
  text,
  UNSAFE_KEYS,
} from "./values";

/** What every part reader needs: where it is, and where to count changes. */
export interface PartCtx {
  notes: Notes;
  /** A fresh id (for examples without one). */
  freshId: () => Id;
}

const oneOf = <T extends string>(all: readonly T[], v: unknown): v is T =>
  typeof v === "string" && (all as readonly string[]).includes(v);

/** The optional description and extra every row may carry. */
function rowExtras<T extends { description?: string; extra?: Json }>(
  out: T,
  o: Json,
  ctx: PartCtx,
  path: string,
) {
  put(
    out,
    "description",
    o.description === undefined
      ? undefined
      : text(o.description, ctx.notes, at(path, "description")),
  );
  put(out, "extra", extraOf(o.extra, ctx.notes, at(path, "extra")));
  return out;
}

/** One key/value row. */
export function keyValue(o: Json, ctx: PartCtx, path: string): KeyValue {
  const row: KeyValue = {
    key: text(o.key, ctx.notes, at(path, "key")),
    value: text(o.value, ctx.notes, at(path, "value")),
    enabled: bool(o.enabled, true),
  };
  return rowExtras(row, o, ctx, path);
}

/** A list of key/value rows. */
export const keyValues = (v: unknown, ctx: PartCtx, path: string): KeyValue[] =>
  objects(v, ctx.notes).map(({ o, i }) => keyValue(o, ctx, at(path, i)));

/** One multipart field: a key/value row plus its kind and file. */
function formField(o: Json, ctx: PartCtx, path: string): FormField {
  const f: FormField = {
    key: text(o.key, ctx.notes, at(path, "key")),
    value: text(o.value, ctx.notes, at(path, "value")),
    enabled: bool(o.enabled, true),
    type: o.type === "file" ? "file" : "text",
  };
  rowExtras(f, o, ctx, path);
  put(f, "fileId", idOf(o.fileId));
  put(f, "fileName", maybeText(o.fileName));
  put(f, "contentType", maybeText(o.contentType));
  return f;
}

/** One variable; a value that is not a string, number or boolean becomes JSON text. */
function variable(o: Json, ctx: PartCtx, path: string): Variable {
  const raw = o.value;
  const v: Variable = {
    key: text(o.key, ctx.notes, at(path, "key")),
    value:
      typeof raw === "string" ||
      typeof raw === "boolean" ||
      (typeof raw === "number" && Number.isFinite(raw))
        ? raw
        : text(raw, ctx.notes, at(path, "value")),
    type: oneOf(VARIABLE_TYPES, o.type) ? o.type : "default",
    enabled: bool(o.enabled, true),
  };
  return rowExtras(v, o, ctx, path);
}

/** A variable list. */
export const variables = (v: unknown, ctx: PartCtx, path: string): Variable[] =>
  objects(v, ctx.notes).map(({ o, i }) => variable(o, ctx, at(path, i)));

/**
 * Auth: an unknown type becomes `fallback` (noted when one was given). A collection has no
 * parent, so its `inherit` means no auth.
 */
export function auth(v: unknown, ctx: PartCtx, path: string, fallback: AuthType): Auth {
  const o = record(v, ctx.notes);
  if (!o) return { type: fallback, attributes: [] };
  let type: AuthType = fallback;
  if (oneOf(AUTH_TYPES, o.type)) type = o.type;
  else if (o.type !== undefined && o.type !== null) ctx.notes.add("authType");
  if (fallback === "noauth" && type === "inherit") type = "noauth";
  const out: Auth = { type, attributes: attributesOf(o.attributes, ctx, at(path, "attributes")) };
  // The blocks of other types an imported auth carried (kept for a lossless export).
  const others = record(o.others, ctx.notes);
  if (others) {
    out.others = {};
    for (const [key, value] of Object.entries(others)) {
      if (!UNSAFE_KEYS.has(key)) {
        out.others[key] = attributesOf(value, ctx, at(at(path, "others"), key));
      }
    }
  }
  return out;
}

/** An auth attribute list. */
function attributesOf(v: unknown, ctx: PartCtx, path: string): Auth["attributes"] {
  return objects(v, ctx.notes).map(({ o: a, i }) => {
    const p = at(path, i);
    const attr: Auth["attributes"][number] = {
      key: text(a.key, ctx.notes, at(p, "key")),
      value: data(a.value, ctx.notes, at(p, "value")) ?? "",
    };
    put(attr, "type", maybeText(a.type));
    return attr;
  });
}

/** Script source: text, or a list of lines (Postman's `exec`) joined. */
function source(v: unknown, ctx: PartCtx, path: string): string {
  if (Array.isArray(v) && v.every((line) => typeof line === "string")) return v.join("\n");
  return text(v, ctx.notes, path);
}

/** Pre-request and test scripts. */
export function scripts(v: unknown, ctx: PartCtx, path: string): Scripts {
  const o = record(v, ctx.notes) ?? {};
  const s: Scripts = {
    prerequest: source(o.prerequest, ctx, at(path, "prerequest")),
    test: source(o.test, ctx, at(path, "test")),
  };
  put(s, "extra", extraOf(o.extra, ctx.notes, at(path, "extra")));
  // Further events of the same kind, each its own script (Scripts.more).
  const more = record(o.more, ctx.notes);
  for (const kind of ["prerequest", "test"] as const) {
    const list = more?.[kind];
    if (!Array.isArray(list)) continue;
    s.more ??= {};
    s.more[kind] = list.map((code, i) => source(code, ctx, at(at(at(path, "more"), kind), i)));
  }
  return s;
}

/** A request body; an unknown mode becomes `none` (noted), its other parts are kept. */
export function body(value: unknown, ctx: PartCtx, path: string): Body {
  const v = record(value, ctx.notes);
  if (!v) return emptyBody();
  let mode: BodyMode = "none";
  if (oneOf(BODY_MODES, v.mode)) mode = v.mode;
  else if (v.mode !== undefined && v.mode !== null) ctx.notes.add("bodyMode");
  const gql = record(v.graphql, ctx.notes) ?? {};
  const b: Body = {
    mode,
    raw: text(v.raw, ctx.notes, at(path, "raw")),
    language: oneOf(RAW_LANGUAGES, v.language)
      ? v.language
      : v.language === undefined
        ? "json"
        : "text",
    urlencoded: keyValues(v.urlencoded, ctx, at(path, "urlencoded")),
    formdata: objects(v.formdata, ctx.notes).map(({ o, i }) =>
      formField(o, ctx, at(at(path, "formdata"), i)),
    ),
    graphql: {
      query: text(gql.query, ctx.notes, at(path, "graphql.query")),
      variables: text(gql.variables, ctx.notes, at(path, "graphql.variables")),
    },
  };
  const f = record(v.file, ctx.notes);
  if (f) {
    const file: NonNullable<Body["file"]> = {};
    put(file, "fileId", idOf(f.fileId));
    put(file, "fileName", maybeText(f.fileName));
    put(file, "contentType", maybeText(f.contentType));
    b.file = file;
  }
  if (typeof v.disabled === "boolean") b.disabled = v.disabled;
  put(b, "extra", extraOf(v.extra, ctx.notes, at(path, "extra")));
  return b;
}

/** Saved examples; ids are made unique within the request. */
export function examples(v: unknown, ctx: PartCtx, path: string): Example[] {
  const seen = new Set<Id>();
  return objects(v, ctx.notes).map(({ o, i }) => {
    const p = at(path, i);
    let id = idOf(o.id);
    while (id === undefined || seen.has(id)) id = ctx.freshId();
    seen.add(id);
    const status = num(o.status);
    const e: Example = {
      id,
      name: text(o.name, ctx.notes, at(p, "name")),
      status: status !== undefined && Number.isInteger(status) ? status : 0,
      statusText: text(o.statusText, ctx.notes, at(p, "statusText")),
      headers: keyValues(o.headers, ctx, at(p, "headers")),
      body: text(o.body, ctx.notes, at(p, "body")),
    };
    put(e, "originalRequest", extraOf(o.originalRequest, ctx.notes, at(p, "originalRequest")));
    put(e, "extra", extraOf(o.extra, ctx.notes, at(p, "extra")));
    return e;
  });
}

/** A collection's settings: only non-negative numbers kept. */
export function collectionSettings(v: unknown, ctx: PartCtx): CollectionSettings {
  const o = record(v, ctx.notes) ?? {};
  const s: CollectionSettings = {};
  const ms = (x: unknown) => {
    const n = num(x);
    return n !== undefined && n >= 0 ? n : undefined;
  };
  put(s, "scriptTimeoutMs", ms(o.scriptTimeoutMs));
  put(s, "requestTimeoutMs", ms(o.requestTimeoutMs));
  return s;
}

/** A request's settings. */
export function requestSettings(v: unknown, ctx: PartCtx, path: string): RequestSettings {
  const o = record(v, ctx.notes) ?? {};
  const s: RequestSettings = {};
  put(
    s,
    "protocolProfileBehavior",
    extraOf(o.protocolProfileBehavior, ctx.notes, at(path, "protocolProfileBehavior")),
  );
  const t = num(o.timeoutMs);
  put(s, "timeoutMs", t !== undefined && t >= 0 ? t : undefined);
  if (typeof o.followRedirects === "boolean") s.followRedirects = o.followRedirects;
  return s;
}
