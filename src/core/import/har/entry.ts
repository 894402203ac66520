/**
 * One HAR 1.2 entry → a Request with its response as a saved Example.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */
import type { Deps } from "../../factory";
import { emptyBody, makeRequest } from "../../factory";
import { parseQuery, splitUrl, syncPathVariables, withQuery } from "../../http/url";
import type { Body, Example, FormField, Id, KeyValue, Request } from "../../model";
import type { Json } from "../postman/read";
import { at, clean, isObject, list, object, text } from "../postman/read";
import { decodeBase64Text } from "./decode";
import { isMultipart, isUrlencoded, languageOf, parseForm, formDecode } from "./mime";

/** HAR `{name, value}` rows. */
function rows(value: unknown, path: string): KeyValue[] {
  return list(value, path).map((v, i) => {
    const o = object(v, at(path, i));
    return {
      key: text(o.name, at(at(path, i), "name")),
      value: text(o.value, at(at(path, i), "value")),
      enabled: true,
    };
  });
}

/**
 * Request headers without HTTP/2 pseudo-headers (`:authority`…) and Content-Length (we compute
 * it); every Cookie header folded into one, or built from `cookies` when there is none.
 */
function requestHeaders(r: Json, path: string): KeyValue[] {
  const all = rows(r.headers, at(path, "headers"));
  const cookies = all.filter((h) => h.key.toLowerCase() === "cookie").map((h) => h.value);
  if (!cookies.length) {
    for (const c of rows(r.cookies, at(path, "cookies"))) cookies.push(`${c.key}=${c.value}`);
  }
  const out = all.filter(
    (h) => !h.key.startsWith(":") && !/^(cookie|content-length)$/i.test(h.key),
  );
  if (cookies.length) out.push({ key: "Cookie", value: cookies.join("; "), enabled: true });
  return out;
}

function formFields(params: unknown, path: string): FormField[] {
  return list(params, path).map((v, i) => {
    const o = object(v, at(path, i));
    const key = text(o.name, at(at(path, i), "name"));
    const fileName = text(o.fileName, at(at(path, i), "fileName"));
    const contentType = text(o.contentType, at(at(path, i), "contentType"));
    if (fileName) {
      const f: FormField = { key, value: "", enabled: true, type: "file", fileName };
      if (contentType) f.contentType = contentType;
      return f;
    }
    return { key, value: text(o.value, at(at(path, i), "value")), enabled: true, type: "text" };
  });
}

/** postData → raw, urlencoded or formdata (absent → no body). */
function body(value: unknown, path: string): Body {
  const b = emptyBody();
  if (value === undefined || value === null) return b;
  const o = object(value, path);
  const mime = text(o.mimeType, at(path, "mimeType"));
  const raw = text(o.text, at(path, "text"));
  const params = list(o.params, at(path, "params"));
  if (isUrlencoded(mime)) {
    b.mode = "urlencoded";
    b.urlencoded = params.length
      ? rows(params, at(path, "params")).map((r) => ({
          ...r,
          key: formDecode(r.key),
          value: formDecode(r.value),
        }))
      : parseForm(raw);
  } else if (isMultipart(mime) && params.length) {
    b.mode = "formdata";
    b.formdata = formFields(params, at(path, "params"));
  } else if (raw !== "") {
    b.mode = "raw";
    b.raw = raw;
    b.language = languageOf(mime);
  }
  return b;
}

/** content.text, decoded when it is base64 of UTF-8 text (binary stays base64, noted in extra). */
function content(value: unknown, path: string): { body: string; binary: boolean } {
  if (!isObject(value)) return { body: "", binary: false };
  const t = text(value.text, at(path, "text"));
  if (value.encoding !== "base64") return { body: t, binary: false };
  const decoded = decodeBase64Text(t);
  return decoded === undefined ? { body: t, binary: true } : { body: decoded, binary: false };
}

function example(value: unknown, path: string, deps: Deps): Example | undefined {
  if (!isObject(value)) return undefined;
  const status =
    typeof value.status === "number" && Number.isFinite(value.status) ? value.status : 0;
  const statusText = text(value.statusText, at(path, "statusText"));
  const c = content(value.content, at(path, "content"));
  const ex: Example = {
    id: deps.random.uuid(),
    name: statusText ? `${status} ${statusText}` : `${status}`,
    status,
    statusText,
    headers: rows(value.headers, at(path, "headers")),
    body: c.body,
  };
  if (c.binary) ex.extra = { encoding: "base64" };
  return ex;
}

/** A short name: method and path. */
function nameOf(method: string, url: string): string {
  const base = splitUrl(url).base.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return `${method} ${base || "/"}`;
}

/** Convert `log.entries[i]` into a request of `collectionId` under `parentId`. */
export function importEntry(
  value: unknown,
  path: string,
  deps: Deps,
  place: { collectionId: Id; parentId: Id | null; sort: number },
): Request {
  const e = object(value, path);
  const rPath = at(path, "request");
  const r = object(e.request, rPath);
  const method = (text(r.method, at(rPath, "method")) || "GET").toUpperCase();
  let url = text(r.url, at(rPath, "url"));
  let params = parseQuery(url);
  if (!params.length) {
    params = rows(r.queryString, at(rPath, "queryString"));
    if (params.length) url = withQuery(url, params);
  }
  const ex = example(e.response, at(path, "response"), deps);
  const req = makeRequest(deps, {
    ...place,
    name: nameOf(method, url),
    method,
    url,
    params,
    pathVariables: syncPathVariables(url, []),
    headers: requestHeaders(r, rPath),
    body: body(r.postData, at(rPath, "postData")),
    examples: ex ? [ex] : [],
  });
  const har: Json = {};
  if (typeof e.startedDateTime === "string") har.startedDateTime = e.startedDateTime;
  if (typeof e.time === "number") har.time = e.time;
  if (typeof r.httpVersion === "string") har.httpVersion = r.httpVersion;
  if (isObject(e._resourceType) || typeof e._resourceType === "string") {
    har.resourceType = clean(e._resourceType);
  }
  if (Object.keys(har).length) req.extra = { har };
  return req;
}
