/**
 * A Request (or the resolved HttpRequest it became) → a bash cURL command, one option per line,
 * that makes curl send the bytes Satchel sends: urlencoded rows as `-d` already encoded the way
 * our encoder writes them, raw text with `--data-raw` and the Content-Type Satchel implies, files
 * with the part type Satchel would send (curl guesses one from the extension otherwise), `-L`
 * unless the request turns redirects off. Values are single-quoted, so the shell expands nothing.
 */
import { RAW_CONTENT_TYPES } from "../http/body";
import { formEncode } from "../http/bodyParts";
import type { HttpBody, HttpRequest } from "../http/transport";
import { curlGuessedType } from "../import/curl/form";
import type { Auth, KeyValue, Request } from "../model";

/** Quote for bash: single quotes, with `'` written as `'\''`. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Encode like the urlencoded body encoder, leaving `{{variable}}` tokens as typed. */
const encodeKeepingTokens = (s: string) =>
  s
    .split(/(\{\{[^{}]*\}\})/)
    .map((piece, i) => (i % 2 ? piece : formEncode(piece)))
    .join("");

/** A file path as a `-F` word: quoted (`\"`, `\\`) when `;`, `,` or quotes would split it. */
const formWord = (path: string) =>
  /[;,"\\]|^\s|\s$/.test(path) ? `"${path.replace(/["\\]/g, (c) => `\\${c}`)}"` : path;

/** A multipart field; a text field may carry a part type (kept from an import). */
type Field = Extract<HttpBody, { kind: "multipart" }>["fields"][number];

/** A `-F` value in quotes, so `@`, `<` and `;` in it are text. */
const quotedValue = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** Multipart fields as `--form-string` (text, never read as `@file`) and `-F` (files). */
function multipartArgs(fields: readonly Field[]): string[][] {
  return fields.map((f) => {
    if (f.type === "text" && "contentType" in f && f.contentType) {
      return ["-F", `${f.name}=${quotedValue(f.value)};type=${f.contentType}`];
    }
    if (f.type === "text") return ["--form-string", `${f.name}=${f.value}`];
    const path = f.fileName ?? f.fileId ?? "file";
    // Satchel sends application/octet-stream when the part has no type; curl would guess one.
    const type = f.contentType ?? (curlGuessedType(path) ? "application/octet-stream" : undefined);
    return ["-F", `${f.name}=@${formWord(path)}${type ? `;type=${type}` : ""}`];
  });
}

/** Urlencoded fields as `-d` pieces, already encoded (`-d ''` for an empty form). */
function urlencodedArgs(fields: [string, string][], encode: (s: string) => string): string[][] {
  if (!fields.length) return [["-d", ""]];
  return fields.map(([k, v]) => ["-d", `${encode(k)}=${encode(v)}`]);
}

/** Bodies as cURL options. */
function bodyArgs(body: HttpBody | undefined, encode: (s: string) => string): string[][] {
  if (!body) return [];
  switch (body.kind) {
    case "text":
      return [["--data-raw", body.text]];
    case "urlencoded":
      return urlencodedArgs(body.fields, encode);
    case "multipart":
      return multipartArgs(body.fields);
    case "file":
      return [["--data-binary", `@${body.fileName ?? body.fileId ?? "file"}`]];
  }
}

/** The parts of a command. */
interface Parts {
  method: string;
  url: string;
  headers: [string, string][];
  /** Headers curl would add that Satchel does not send (`-H 'Name:'`). */
  removed: string[];
  body: string[][];
  extraArgs: string[][];
}

function render(p: Parts): string {
  const lines: string[][] = [];
  const implied = p.body.length ? "POST" : "GET";
  if (p.method !== implied) {
    lines.push(p.method === "HEAD" && !p.body.length ? ["-I"] : ["-X", p.method]);
  }
  for (const [k, v] of p.headers) lines.push(["-H", v === "" ? `${k};` : `${k}: ${v}`]);
  for (const k of p.removed) lines.push(["-H", `${k}:`]);
  lines.push(...p.body, ...p.extraArgs);
  // Satchel sends [] and {} as they are; curl would read them as a URL pattern.
  if (/[[\]{}]/.test(p.url)) lines.push(["-g"]);
  const rest = lines.map((l) => l.map(shellQuote).join(" "));
  return [`curl ${shellQuote(p.url)}`, ...rest].join(" \\\n  ");
}

const hasHeader = (headers: readonly [string, string][], name: string) =>
  headers.some(([k]) => k.toLowerCase() === name);

/** curl gives `--data-binary` a form Content-Type; a file body without one must remove it. */
function fileBodyType(body: HttpBody | undefined, headers: [string, string][]): string[] {
  if (body?.kind !== "file" || hasHeader(headers, "content-type")) return [];
  if (body.contentType) {
    headers.push(["Content-Type", body.contentType]);
    return [];
  }
  return ["Content-Type"];
}

/** A resolved request as cURL (what was actually sent). */
export function httpRequestToCurl(request: HttpRequest): string {
  const headers = [...request.headers];
  const removed = fileBodyType(request.body, headers);
  return render({
    method: request.method,
    url: request.url,
    headers,
    removed,
    body: bodyArgs(request.body, formEncode),
    extraArgs: [],
  });
}

const enabled = <T extends KeyValue>(rows: readonly T[]): T[] =>
  rows.filter((r) => r.enabled && r.key !== "");

/** Stored form fields (a text field's part type included, which HttpBody has no room for). */
function storedFields(r: Request): Field[] {
  return enabled(r.body.formdata).map((f): Field => {
    if (f.type === "text") {
      const text = { type: "text" as const, name: f.key, value: f.value };
      return f.contentType ? { ...text, contentType: f.contentType } : text;
    }
    const file = { type: "file" as const, name: f.key, fileName: f.fileName ?? "file" };
    return f.contentType ? { ...file, contentType: f.contentType } : file;
  });
}

/** The stored body as the HttpBody it becomes (`{{variables}}` left as typed). */
function storedBody(r: Request): HttpBody | undefined {
  const b = r.body;
  if (b.disabled) return undefined;
  switch (b.mode) {
    case "raw":
      return b.raw === "" ? undefined : { kind: "text", text: b.raw };
    case "urlencoded":
      return {
        kind: "urlencoded",
        fields: enabled(b.urlencoded).map((row) => [row.key, row.value]),
      };
    case "formdata":
      return {
        kind: "multipart",
        fields: storedFields(r),
      };
    case "file":
      return {
        kind: "file",
        fileName: b.file?.fileName ?? "file",
        contentType: b.file?.contentType,
      };
    case "graphql":
      return {
        kind: "text",
        text: JSON.stringify({ query: b.graphql.query, variables: b.graphql.variables }),
      };
    default:
      return undefined;
  }
}

/** The Content-Type a text body implies when the user set none (as the app sends it). */
function impliedType(r: Request, body: HttpBody | undefined): [string, string][] {
  if (body?.kind !== "text" || enabled(r.headers).some((h) => /^content-type$/i.test(h.key))) {
    return [];
  }
  return [
    [
      "Content-Type",
      r.body.mode === "graphql" ? "application/json" : RAW_CONTENT_TYPES[r.body.language],
    ],
  ];
}

const attr = (auth: Auth, key: string) => {
  const v = auth.attributes.find((a) => a.key === key)?.value;
  return v === undefined || v === null ? "" : String(v);
};

/** Auth as options (basic, bearer, digest, NTLM, AWS); other types need `resolved`. */
function authArgs(auth: Auth): { args: string[][]; headers: [string, string][] } {
  const user = (name = "username", pass = "password") => [
    "-u",
    `${attr(auth, name)}:${attr(auth, pass)}`,
  ];
  switch (auth.type) {
    case "basic":
      return { args: [user()], headers: [] };
    case "digest":
      return { args: [["--digest"], user()], headers: [] };
    case "ntlm": {
      const domain = attr(auth, "domain");
      const name = domain ? `${domain}\\${attr(auth, "username")}` : attr(auth, "username");
      return { args: [["--ntlm"], ["-u", `${name}:${attr(auth, "password")}`]], headers: [] };
    }
    case "awsv4": {
      const scope = ["aws", "amz", attr(auth, "region"), attr(auth, "service")];
      while (scope.length > 2 && scope[scope.length - 1] === "") scope.pop();
      const token = attr(auth, "sessionToken");
      return {
        args: [["--aws-sigv4", scope.join(":")], user("accessKey", "secretKey")],
        headers: token ? [["X-Amz-Security-Token", token]] : [],
      };
    }
    case "bearer":
      return { args: [["--oauth2-bearer", attr(auth, "token")]], headers: [] };
    default:
      return { args: [], headers: [] };
  }
}

/** Settings and curl-only options kept from an import. */
function settingArgs(request: Request): string[][] {
  const out: string[][] = [];
  if (request.settings.followRedirects !== false) out.push(["-L"]);
  const curl = request.extra?.curl as
    { insecure?: boolean; compressed?: boolean; connectTimeoutMs?: number } | undefined;
  if (curl?.insecure) out.push(["-k"]);
  if (curl?.compressed) out.push(["--compressed"]);
  const seconds = (ms: number) => String(ms / 1000);
  if (request.settings.timeoutMs) out.push(["--max-time", seconds(request.settings.timeoutMs)]);
  if (curl?.connectTimeoutMs) out.push(["--connect-timeout", seconds(curl.connectTimeoutMs)]);
  return out;
}

/**
 * A stored Request as cURL, `{{variables}}` left as typed. Pass `resolved` to export what was
 * actually sent instead (variables resolved, auth applied).
 */
export function requestToCurl(request: Request, resolved?: HttpRequest): string {
  if (resolved) return httpRequestToCurl(resolved);
  const auth = authArgs(request.auth);
  const body = storedBody(request);
  const headers: [string, string][] = [
    ...enabled(request.headers).map((h): [string, string] => [h.key, h.value]),
    ...impliedType(request, body),
    ...auth.headers,
  ];
  const removed = fileBodyType(body, headers);
  return render({
    method: request.method,
    url: request.url,
    headers,
    removed,
    body:
      body?.kind === "multipart"
        ? multipartArgs(storedFields(request))
        : bodyArgs(body, encodeKeepingTokens),
    extraArgs: [...auth.args, ...settingArgs(request)],
  });
}
