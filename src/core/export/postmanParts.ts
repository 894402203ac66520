/**
 * The small pieces of a Postman v2.1 document, written back from our model: descriptions,
 * key/value rows, variables, auth and events. Each undoes the matching importer module in
 * ../import/postman, restoring what it kept in `extra`.
 * @see https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json
 */
import type { Auth, Extra, KeyValue, Scripts, Variable } from "../model";

/** A JSON object being written. */
export type Out = Record<string, unknown>;

const isObject = (v: unknown): v is Out => typeof v === "object" && v !== null && !Array.isArray(v);

/** `extra` without the listed marker keys. */
export function without(extra: Extra | undefined, keys: readonly string[]): Out {
  const out: Out = {};
  for (const [k, v] of Object.entries(extra ?? {})) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** Drop undefined values (so absent fields stay absent). */
export function compact(o: Out): Out {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** A description: text, or `{content, …}` when the import kept the object form. */
export function description(text: string, extra: unknown): unknown {
  if (isObject(extra)) return { ...extra, content: text };
  return text === "" ? undefined : text;
}

/** Markers the importers leave in a row's `extra`, not written back as fields. */
const ROW_MARKERS = ["description", "valueless", "nullKey", "valueAbsent", "implicit"];

/**
 * A path variable row the import made for a `:name` of a URL object that declared none: left out
 * again while it is still blank.
 */
export const implicitBlank = (kv: KeyValue): boolean =>
  kv.extra?.implicit === true && kv.value === "" && !kv.description;

/** One key/value row (header, query, path variable, urlencoded field). */
export function row(kv: KeyValue): Out {
  const out: Out = { ...without(kv.extra, ROW_MARKERS) };
  // A query param typed without `=` (`?flag`) has value null, the middle of `&&` key null too;
  // a row that had no value at all gets none back.
  out.key = kv.extra?.nullKey === true && kv.key === "" ? null : kv.key;
  const blank = kv.value === "";
  if (!(blank && kv.extra?.valueAbsent === true)) {
    out.value = blank && kv.extra?.valueless === true ? null : kv.value;
  }
  if (!kv.enabled) out.disabled = true;
  if (kv.description !== undefined)
    out.description = description(kv.description, kv.extra?.description) ?? "";
  return out;
}

/** A variable in any scope; `enabledFlag` writes `enabled` (environment files) not `disabled`. */
export function variable(v: Variable, enabledFlag = false): Out {
  const out: Out = { ...without(v.extra, ["description", "rawValue"]) };
  out.key = v.key;
  out.value = v.extra && "rawValue" in v.extra ? v.extra.rawValue : v.value;
  if (v.type !== "default" || enabledFlag) out.type = v.type;
  if (enabledFlag) out.enabled = v.enabled;
  else if (!v.enabled) out.disabled = true;
  if (v.description !== undefined)
    out.description = description(v.description, v.extra?.description) ?? "";
  return out;
}

/** A list of variables, or undefined when empty. */
export const variableList = (vars: readonly Variable[]): Out[] | undefined =>
  vars.length ? vars.map((v) => variable(v)) : undefined;

/** An attribute list as Postman v2.1 writes it. */
const attributeList = (attributes: Auth["attributes"]): Out[] =>
  attributes.map((attr) => compact({ key: attr.key, value: attr.value, type: attr.type }));

/**
 * An auth block: the active type's attributes and every other type's the import kept;
 * undefined for `whenAbsent` (what the importer assumes for a missing block).
 */
export function auth(a: Auth, whenAbsent: Auth["type"]): Out | undefined {
  const others = Object.entries(a.others ?? {}).filter(([type]) => type !== a.type);
  if (a.type === whenAbsent && a.attributes.length === 0 && !others.length) return undefined;
  const out: Out = { type: a.type };
  for (const [type, attributes] of others) out[type] = attributeList(attributes);
  if (a.attributes.length) out[a.type] = attributeList(a.attributes);
  return out;
}

const lines = (code: string) => code.split("\n");

/** Events: the kept list with code put back into the running ones, plus new scripts. */
export function events(scripts: Scripts): Out[] | undefined {
  const kept = Array.isArray(scripts.extra?.events) ? (scripts.extra.events as unknown[]) : [];
  // The code of each kind in order: the main script, then `more` (one per further event).
  const codes = {
    prerequest: [scripts.prerequest, ...(scripts.more?.prerequest ?? [])],
    test: [scripts.test, ...(scripts.more?.test ?? [])],
  };
  const used = { prerequest: 0, test: 0 };
  const out: Out[] = kept.filter(isObject).map((e) => {
    const listen = e.listen;
    const runs = e.disabled !== true && (listen === "prerequest" || listen === "test");
    if (!runs) return e;
    const script = isObject(e.script) ? e.script : {};
    const exec = lines(codes[listen][used[listen]++] ?? "");
    return { ...e, script: { ...script, exec } };
  });
  for (const listen of ["prerequest", "test"] as const) {
    codes[listen].slice(used[listen]).forEach((code, i) => {
      // A kind with no kept event gets one only for code (an empty main script adds none).
      if (used[listen] === 0 && i === 0 && code === "") return;
      out.push({ listen, script: { type: "text/javascript", exec: lines(code) } });
    });
  }
  return out.length ? out : undefined;
}
