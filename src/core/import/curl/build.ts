/** Turn collected cURL options into a Satchel Request (headers, body, auth, settings). */
import type { Deps } from "../../factory";
import { emptyBody, makeRequest } from "../../factory";
import { parseQuery, syncPathVariables } from "../../http/url";
import type { Auth, Body, FormField, Id, KeyValue, RawLanguage, Request } from "../../model";
import type { CurlOptions, DataPart } from "./collect";

/** `Name: value` → a row; `Name;` is an empty header; `Name:` (removal) gives undefined. */
function headerRow(line: string): KeyValue | undefined {
  const colon = line.indexOf(":");
  if (colon < 0) {
    const key = line.replace(/;\s*$/, "").trim();
    return line.trim().endsWith(";") && key ? { key, value: "", enabled: true } : undefined;
  }
  const value = line.slice(colon + 1).trim();
  return value === "" ? undefined : { key: line.slice(0, colon).trim(), value, enabled: true };
}

const findHeader = (rows: readonly KeyValue[], name: string) =>
  rows.find((r) => r.key.toLowerCase() === name.toLowerCase());

/** The raw body's language from a Content-Type. */
function languageOf(type: string | undefined): RawLanguage {
  if (!type) return "text";
  if (/json/i.test(type)) return "json";
  if (/xml/i.test(type)) return "xml";
  if (/html/i.test(type)) return "html";
  if (/javascript/i.test(type)) return "javascript";
  return "text";
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "));
  } catch {
    return s;
  }
};

/** `name=content` / `=content` / `content` of --data-urlencode as one row (value unencoded). */
function urlencodeRow(value: string): KeyValue {
  const eq = value.indexOf("=");
  if (eq < 0) return { key: value, value: "", enabled: true, extra: { curlBare: true } };
  return { key: value.slice(0, eq), value: value.slice(eq + 1), enabled: true };
}

/** Data pieces as form rows, when every piece is `k=v` text (no JSON, no files). */
function formRows(parts: readonly DataPart[]): KeyValue[] | undefined {
  const rows: KeyValue[] = [];
  for (const p of parts) {
    if (p.kind === "json") return undefined;
    if (p.kind === "data-urlencode") {
      rows.push(urlencodeRow(p.value));
      continue;
    }
    for (const pair of p.value.split("&")) {
      const eq = pair.indexOf("=");
      if (eq <= 0 || pair.includes("\n")) return undefined;
      rows.push({
        key: decode(pair.slice(0, eq)),
        value: decode(pair.slice(eq + 1)),
        enabled: true,
      });
    }
  }
  return rows;
}

/** One `-F` field: `name=value`, `name=@file;type=…`, `name=<file`. */
function formField(value: string, literal: boolean, warnings: string[]): FormField {
  const eq = value.indexOf("=");
  const key = eq < 0 ? value : value.slice(0, eq);
  let rest = eq < 0 ? "" : value.slice(eq + 1);
  if (literal || !(rest.startsWith("@") || rest.startsWith("<"))) {
    return { key, value: rest, enabled: true, type: "text" };
  }
  const fromFile = rest.startsWith("<");
  rest = rest.slice(1);
  const [path = "", ...attrs] = rest.split(";");
  const type = attrs.find((a) => a.startsWith("type="))?.slice(5);
  if (fromFile) warnings.push(`Form field "${key}" reads its text from ${path}; left empty.`);
  const field: FormField = fromFile
    ? { key, value: "", enabled: true, type: "text" }
    : { key, value: "", enabled: true, type: "file", fileName: path };
  if (type) field.contentType = type;
  return field;
}

/** The body from -d / --json / -F; `files` collects data read from files (not available). */
function body(o: CurlOptions, headers: readonly KeyValue[]): Body {
  const b = emptyBody();
  if (o.form.length) {
    b.mode = "formdata";
    b.formdata = o.form.map((f) => formField(f.value, f.literal, o.warnings));
    return b;
  }
  if (!o.data.length || o.get) return b;
  const type = findHeader(headers, "content-type")?.value;
  const fileData = o.data.find((d) => d.kind !== "data-raw" && d.value.startsWith("@"));
  if (fileData && o.data.length === 1 && fileData.kind !== "data-urlencode") {
    b.mode = "file";
    b.file = { fileName: fileData.value.slice(1) };
    o.warnings.push(`The body is read from the file ${fileData.value.slice(1)}; choose it again.`);
    return b;
  }
  const rows = !type || /x-www-form-urlencoded/i.test(type) ? formRows(o.data) : undefined;
  if (rows) {
    b.mode = "urlencoded";
    b.urlencoded = rows;
    return b;
  }
  b.mode = "raw";
  b.raw = o.data.map((d) => d.value).join("&");
  b.language = o.data.some((d) => d.kind === "json") ? "json" : languageOf(type);
  return b;
}

/** `-u user:password` → basic auth; `--oauth2-bearer` → bearer. */
function auth(o: CurlOptions): Auth {
  if (o.bearer !== undefined) {
    return { type: "bearer", attributes: [{ key: "token", value: o.bearer, type: "string" }] };
  }
  if (o.user === undefined) return { type: "inherit", attributes: [] };
  const colon = o.user.indexOf(":");
  const username = colon < 0 ? o.user : o.user.slice(0, colon);
  const password = colon < 0 ? "" : o.user.slice(colon + 1);
  return {
    type: "basic",
    attributes: [
      { key: "username", value: username, type: "string" },
      { key: "password", value: password, type: "string" },
    ],
  };
}

/** Headers from -H, -A, -e, -b and --json, in that order. */
function headersOf(o: CurlOptions): KeyValue[] {
  const rows = o.headers.map(headerRow).filter((r): r is KeyValue => r !== undefined);
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined && !findHeader(rows, key)) rows.push({ key, value, enabled: true });
  };
  add("User-Agent", o.userAgent);
  add("Referer", o.referer);
  const cookies = o.cookies.filter((c) => c.includes("="));
  for (const c of o.cookies) if (!c.includes("=")) o.warnings.push(`Cookie file ${c} ignored.`);
  if (cookies.length) add("Cookie", cookies.join("; "));
  if (o.data.some((d) => d.kind === "json")) {
    add("Content-Type", "application/json");
    add("Accept", "application/json");
  }
  return rows;
}

/** The URL, with -G data appended as its query. */
function urlOf(o: CurlOptions): string {
  const url = o.urls[0] ?? "";
  if (!o.get || !o.data.length) return url;
  const query = o.data.map((d) => d.value).join("&");
  return url.includes("?") ? `${url}&${query}` : `${url}?${query}`;
}

/** The method cURL would use. */
function methodOf(o: CurlOptions, b: Body): string {
  if (o.method) return o.method;
  if (o.head) return "HEAD";
  if (o.get) return "GET";
  return b.mode === "none" ? "GET" : "POST";
}

/** Build the Request; `name` defaults to the URL. */
export function buildRequest(o: CurlOptions, deps: Deps, collectionId: Id, name?: string): Request {
  if (o.urls.length > 1) o.warnings.push(`Only the first URL is used (${o.urls.length} given).`);
  const headers = headersOf(o);
  const b = body(o, headers);
  const url = urlOf(o);
  const request = makeRequest(deps, {
    collectionId,
    name: name ?? url,
    method: methodOf(o, b),
    url,
    params: parseQuery(url),
    pathVariables: syncPathVariables(url, []),
    headers,
    body: b,
    auth: auth(o),
  });
  if (o.location) request.settings.followRedirects = true;
  const curl: Record<string, boolean> = {};
  if (o.insecure) curl.insecure = true;
  if (o.compressed) curl.compressed = true;
  if (Object.keys(curl).length) request.extra = { curl };
  return request;
}
