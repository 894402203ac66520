/**
 * A v1 request's URL, headers and body → the v2.1 `request` parts, as postman-collection-
 * transformer 4.1.8 builds them for Newman (converter-v1-to-v2.js: url, header, body).
 * A URL stays text (our importer parses its query) unless the request lists query parameters or
 * path variables, which then travel as `query` and `variable` rows.
 * @see node_modules/postman-collection-transformer/lib/converters/v1.0.0/converter-v1-to-v2.js
 */
import { withQuery } from "../../../http/url";
import type { KeyValue } from "../../../model";
import type { V1 } from "./values";
import { arr, clean, defined, isEmpty, isObject, obj, withoutEmptyDescription } from "./values";

/** `equals: false` (no `=`) and a null value: the parameter is written as a bare key. */
function queryRow(param: V1): V1 {
  const row: V1 = { ...param };
  if (row.enabled === false) row.disabled = true;
  delete row.enabled;
  if ("equals" in row) {
    if (row.equals) row.value = row.value === null ? "" : row.value;
    else row.value = row.value || null;
    delete row.equals;
  }
  return withoutEmptyDescription(row);
}

const asText = (v: unknown): string =>
  typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);

/** The v2.1 `url`: text, or `{raw, query?, variable?}` when the request lists either. */
export function url(r: V1): unknown {
  const raw = r.url === undefined || r.url === null ? undefined : asText(r.url);
  const query = arr(r.queryParams).filter(isObject).map(queryRow);
  const variable: V1[] = [];
  const seen = new Set<string>();
  for (const v of arr(r.pathVariableData).filter(isObject)) {
    const { id: _id, ...row } = withoutEmptyDescription(v);
    variable.push(row);
    seen.add(asText(v.key));
  }
  for (const [key, value] of Object.entries(obj(r.pathVariables)))
    if (!seen.has(key)) variable.push({ value, key });
  if (!query.length && !variable.length) return raw;
  const rows: KeyValue[] = query.map((q) => ({
    key: asText(q.key),
    value: asText(q.value),
    enabled: q.disabled !== true,
    ...(q.value === null ? { extra: { valueless: true } } : {}),
  }));
  return defined({
    raw: query.length ? withQuery(raw ?? "", rows) : raw,
    query: query.length ? query : undefined,
    variable: variable.length ? variable : undefined,
  });
}

/** The transformer's header-string parser (`Key: value` lines; `//Key:` lines are disabled). */
export function parseHeaderText(text: string): V1[] {
  const folded = text.replace(/\r\n([ \t])/g, "$1");
  const out: V1[] = [];
  for (const m of folded.matchAll(/^((\/\/\s*)?\S+):(.*)$/gm)) {
    const key = m[1] ?? "";
    const head: V1 = { key, value: (m[3] ?? "").replace(/^\s*(.*\S)?\s*$/, "$1") };
    if (key.startsWith("//")) {
      head.disabled = true;
      head.key = key.replace("//", "").trim();
    }
    out.push(head);
  }
  return out;
}

/** The v2.1 `header` list: `headers` when it is already a list, else `headerData` + the text. */
export function header(r: V1): unknown[] {
  if (Array.isArray(r.headers)) return clean(r.headers) as unknown[];
  const out: V1[] = [];
  const seen = new Set<string>();
  for (const h of arr(r.headerData).filter(isObject)) {
    const row: V1 = { ...h };
    const key = asText(h.key);
    if (key.startsWith("//") || h.enabled === false) {
      row.disabled = true;
      row.key = key.replace("//", "").trim();
    }
    delete row.enabled;
    const kept = withoutEmptyDescription(row);
    out.push(kept);
    seen.add(asText(kept.key));
  }
  if (typeof r.headers === "string")
    for (const h of parseHeaderText(r.headers)) if (!seen.has(asText(h.key))) out.push(h);
  return out;
}

/** Form rows: rows without a key dropped, a file row's value moved to `src`, enabled → disabled. */
function formRows(data: unknown): V1[] {
  return arr(data)
    .filter(isObject)
    .filter((p) => p.key !== undefined && p.key !== null)
    .map((p) => {
      const row: V1 = { ...p };
      if (row.type === "file" && !row.src && row.value) {
        row.src = typeof row.value === "string" || Array.isArray(row.value) ? row.value : null;
        delete row.value;
      }
      if ("enabled" in row) {
        if (row.enabled === false) row.disabled = true;
        delete row.enabled;
      }
      return withoutEmptyDescription(row);
    });
}

const MODES: Record<string, string> = {
  binary: "file",
  graphql: "graphql",
  params: "formdata",
  raw: "raw",
  urlencoded: "urlencoded",
};

/** The v2.1 `body` from `dataMode`, `rawModeData`, `data`, `graphqlModeData`, `dataOptions`. */
export function body(r: V1): V1 | undefined {
  const declared = typeof r.dataMode === "string" ? MODES[r.dataMode] : undefined;
  const emptyBody = isEmpty(r.data) && isEmpty(r.rawModeData) && isEmpty(r.graphqlModeData);
  if ((!declared && emptyBody) || r.dataMode === null) return undefined;
  const rawMode = r.rawModeData;
  const rawModeData =
    typeof rawMode === "string"
      ? rawMode
      : Array.isArray(rawMode) && rawMode.length === 1 && typeof rawMode[0] === "string"
        ? rawMode[0]
        : undefined;
  const options = obj(r.dataOptions);
  const graphql = !isEmpty(r.graphqlModeData)
    ? r.graphqlModeData
    : r.dataOptions && options.graphql !== undefined && !isEmpty(r.data)
      ? r.data
      : undefined;
  const mode =
    declared ??
    (!rawModeData && Array.isArray(r.data || r.rawModeData)
      ? "formdata"
      : !rawModeData && graphql
        ? "graphql"
        : "raw");
  const out: V1 = { mode };
  if (mode === "raw") out.raw = rawModeData || (typeof r.data === "string" ? r.data : "");
  else if (mode === "graphql") out.graphql = clean(graphql);
  else if (mode === "file") out.file = defined({ src: rawModeData });
  else out[mode] = formRows(r.data || r.rawModeData);
  const bodyOptions: V1 = {};
  for (const [v1Mode, v2Mode] of Object.entries(MODES))
    if (!isEmpty(options[v1Mode])) bodyOptions[v2Mode] = clean(options[v1Mode]);
  if (Object.keys(bodyOptions).length) out.options = bodyOptions;
  if (r.dataDisabled) out.disabled = true;
  return out;
}
