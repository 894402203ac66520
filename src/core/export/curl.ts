/**
 * A Request (or the resolved HttpRequest it became) → a bash cURL command, one option per line.
 * Values are single-quoted, so nothing in them is expanded by the shell.
 */
import type { HttpBody, HttpRequest } from "../http/transport";
import type { KeyValue, Request } from "../model";

/** Quote for bash: single quotes, with `'` written as `'\''`. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Percent-encode what would change a form's structure or could not travel as is. */
const formEncode = (s: string) =>
  s.replace(/[%&=+#\s]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));

/** Bodies as cURL options. */
function bodyArgs(body: HttpBody | undefined): string[][] {
  if (!body) return [];
  switch (body.kind) {
    case "text":
      return [["--data-raw", body.text]];
    case "urlencoded":
      return body.fields.map(([k, v]) => ["--data-urlencode", `${k}=${v}`]);
    case "multipart":
      return body.fields.map((f) => {
        if (f.type === "text") return ["--form-string", `${f.name}=${f.value}`];
        const type = f.contentType ? `;type=${f.contentType}` : "";
        return ["-F", `${f.name}=@${f.fileName ?? f.fileId ?? "file"}${type}`];
      });
    case "file":
      return [["--data-binary", `@${body.fileName ?? body.fileId ?? "file"}`]];
  }
}

/** Options shared by both entry points. */
interface Parts {
  method: string;
  url: string;
  headers: [string, string][];
  body: string[][];
  hasBody: boolean;
  extraArgs: string[][];
}

function render(p: Parts): string {
  const lines: string[][] = [];
  const implied = p.hasBody ? "POST" : "GET";
  if (p.method !== implied)
    lines.push(p.method === "HEAD" && !p.hasBody ? ["-I"] : ["-X", p.method]);
  for (const [k, v] of p.headers) lines.push(["-H", v === "" ? `${k};` : `${k}: ${v}`]);
  lines.push(...p.body, ...p.extraArgs);
  const rest = lines.map((l) => l.map(shellQuote).join(" "));
  return [`curl ${shellQuote(p.url)}`, ...rest].join(" \\\n  ");
}

/** A resolved request as cURL (what was actually sent). */
export function httpRequestToCurl(request: HttpRequest): string {
  return render({
    method: request.method.toUpperCase(),
    url: request.url,
    headers: request.headers,
    body: bodyArgs(request.body),
    hasBody: request.body !== undefined,
    extraArgs: [],
  });
}

const enabled = <T extends KeyValue>(rows: readonly T[]): T[] =>
  rows.filter((r) => r.enabled && r.key !== "");

/** The stored body as cURL options (`{{variables}}` left as typed). */
function requestBody(r: Request): string[][] {
  const b = r.body;
  if (b.disabled) return [];
  switch (b.mode) {
    case "raw":
      return b.raw === "" ? [] : [["--data-raw", b.raw]];
    case "urlencoded":
      return enabled(b.urlencoded).map((row) => {
        if (row.extra?.curlBare === true && row.value === "") return ["--data-urlencode", row.key];
        const plain = formEncode(row.value) === row.value && formEncode(row.key) === row.key;
        return plain
          ? ["-d", `${row.key}=${row.value}`]
          : ["--data-urlencode", `${row.key}=${row.value}`];
      });
    case "formdata":
      return bodyArgs({
        kind: "multipart",
        fields: enabled(b.formdata).map((f) => {
          if (f.type === "text") return { type: "text", name: f.key, value: f.value };
          const file = { type: "file" as const, name: f.key, fileName: f.fileName ?? "file" };
          return f.contentType ? { ...file, contentType: f.contentType } : file;
        }),
      });
    case "file":
      return bodyArgs({ kind: "file", fileName: b.file?.fileName ?? "file" });
    case "graphql":
      return [
        ["--data-raw", JSON.stringify({ query: b.graphql.query, variables: b.graphql.variables })],
      ];
    default:
      return [];
  }
}

const TYPES: Record<string, string> = {
  json: "application/json",
  xml: "application/xml",
  html: "text/html",
  javascript: "application/javascript",
};

/** The Content-Type a raw body implies when the user set none (as the app sends it). */
function impliedType(r: Request): [string, string][] {
  const type = TYPES[r.body.language];
  const has = enabled(r.headers).some((h) => h.key.toLowerCase() === "content-type");
  return r.body.mode === "raw" && !r.body.disabled && r.body.raw !== "" && type && !has
    ? [["Content-Type", type]]
    : [];
}

/** Basic and bearer auth as options; other types need the resolved request. */
function authArgs(r: Request): { args: string[][]; headers: [string, string][] } {
  const attr = (key: string) => {
    const v = r.auth.attributes.find((a) => a.key === key)?.value;
    return v === undefined || v === null ? "" : String(v);
  };
  if (r.auth.type === "basic")
    return { args: [["-u", `${attr("username")}:${attr("password")}`]], headers: [] };
  if (r.auth.type === "bearer")
    return { args: [], headers: [["Authorization", `Bearer ${attr("token")}`]] };
  return { args: [], headers: [] };
}

/**
 * A stored Request as cURL, `{{variables}}` left as typed. Pass `resolved` to export what was
 * actually sent instead (variables resolved, auth applied).
 */
export function requestToCurl(request: Request, resolved?: HttpRequest): string {
  if (resolved) return httpRequestToCurl(resolved);
  const auth = authArgs(request);
  const body = requestBody(request);
  const extraArgs: string[][] = [...auth.args];
  if (request.settings.followRedirects === true) extraArgs.push(["-L"]);
  const curl = request.extra?.curl as { insecure?: boolean; compressed?: boolean } | undefined;
  if (curl?.insecure) extraArgs.push(["-k"]);
  if (curl?.compressed) extraArgs.push(["--compressed"]);
  return render({
    method: request.method.toUpperCase(),
    url: request.url,
    headers: [
      ...enabled(request.headers).map((h): [string, string] => [h.key, h.value]),
      ...impliedType(request),
      ...auth.headers,
    ],
    body,
    hasBody: body.length > 0,
    extraArgs,
  });
}
