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

/** One key/value row (header, query, path variable, urlencoded field). */
export function row(kv: KeyValue): Out {
  const out: Out = { ...without(kv.extra, ["description", "valueless"]) };
  out.key = kv.key;
  out.value = kv.extra?.valueless === true && kv.value === "" ? null : kv.value;
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

/** An auth block; undefined for `whenAbsent` (what the importer assumes for a missing block). */
export function auth(a: Auth, whenAbsent: Auth["type"]): Out | undefined {
  if (a.type === whenAbsent && a.attributes.length === 0) return undefined;
  const out: Out = { type: a.type };
  if (a.attributes.length) {
    out[a.type] = a.attributes.map((attr) =>
      compact({ key: attr.key, value: attr.value, type: attr.type }),
    );
  }
  return out;
}

const lines = (code: string) => code.split("\n");

/** Events: the kept list with code put back into the running ones, plus new scripts. */
export function events(scripts: Scripts): Out[] | undefined {
  const kept = Array.isArray(scripts.extra?.events) ? (scripts.extra.events as unknown[]) : [];
  const filled = new Set<string>();
  const out: Out[] = kept.filter(isObject).map((e) => {
    const listen = e.listen;
    const runs = e.disabled !== true && (listen === "prerequest" || listen === "test");
    if (!runs) return e;
    const script = isObject(e.script) ? e.script : {};
    // Several events of one kind were joined on import: the first carries all the code.
    const exec = filled.has(listen) ? [] : lines(scripts[listen]);
    filled.add(listen);
    return { ...e, script: { ...script, exec } };
  });
  for (const listen of ["prerequest", "test"] as const) {
    if (filled.has(listen) || scripts[listen] === "") continue;
    out.push({ listen, script: { type: "text/javascript", exec: lines(scripts[listen]) } });
  }
  return out.length ? out : undefined;
}
