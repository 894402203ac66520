/**
 * `--verbose`: each request's details as Newman's cli reporter prints them: a one-line summary
 * (status, time, sizes up and down, header counts, cookies), the request body and the response
 * body (each clipped at 2 KiB) in boxes, and the timing phases when the transport measured them.
 * Content types are named approximately (postman-collection's mime-format table is not copied).
 * @see node_modules/newman/lib/reporters/cli/index.js (the `request` listener, verbose branch)
 */
import type { HttpBody, HttpRequest, HttpResponse } from "../../core/http/transport";
import type { Palette, Symbols } from "./style";
import { fileSize, headSize, prettyMs } from "./units";

const CLIP = 2048;

/** The request body as text, and its mode's name as Newman calls it. */
function requestBody(body: HttpBody | undefined): { mode: string; text: string } {
  if (!body) return { mode: "", text: "" };
  if (body.kind === "text") return { mode: "raw", text: body.text };
  if (body.kind === "urlencoded")
    return {
      mode: "urlencoded",
      text: body.fields
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join("&"),
    };
  if (body.kind === "multipart")
    return {
      mode: "formdata",
      text: body.fields
        .map((f) => (f.type === "text" ? `${f.name}=${f.value}` : `${f.name}=@${f.fileName ?? ""}`))
        .join("\n"),
    };
  return { mode: "file", text: body.fileName ?? "" };
}

/** `application/json` → ["application/json", "text", "json", "utf8"], roughly as Newman names it. */
function contentInfo(headers: [string, string][]): string[] {
  const header = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const [type = "", ...params] = header.split(";").map((s) => s.trim());
  const charset = params
    .find((p) => /^charset=/i.test(p))
    ?.slice(8)
    .replace(/-/g, "")
    .toLowerCase();
  const t = type.toLowerCase();
  const [major = "", minor = ""] = t.split("/");
  const format = /json/.test(t)
    ? ["text", "json"]
    : /xml/.test(t)
      ? ["text", "xml"]
      : /html/.test(t)
        ? ["text", "html"]
        : /javascript/.test(t)
          ? ["text", "script"]
          : major === "text"
            ? ["text", "plain"]
            : major === "image" || major === "audio" || major === "video"
              ? [major, minor]
              : ["embed", "raw"];
  return [t || "undefined", ...format, charset ?? "utf8"];
}

/** A body in a box: `┌ <head>`, its lines behind `│ `, `└ `. */
function bodyBox(head: string, text: string, size: number, s: Symbols, p: Palette): string {
  let shown = text;
  if (size > CLIP) shown = `${text.slice(0, CLIP)}\n(showing ${fileSize(CLIP)}/${fileSize(size)})`;
  const lines = shown
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => `  ${s.middle} ${p.gray(l)}`);
  return [`  ${s.top} ${head}`, ...lines, `  ${s.bottom} `].join("\n") + "\n";
}

/** The verbose block for one request and its response (or its error). */
export function verboseBlock(
  request: HttpRequest,
  response: HttpResponse,
  bodyText: string,
  style: { symbols: Symbols; palette: Palette },
): string {
  const { symbols: s, palette: p } = style;
  const star = ` ${p.gray(s.star)} `;
  const req = requestBody(request.body);
  const reqBodySize = new TextEncoder().encode(req.text).length;
  const url = new URL(request.url);
  const reqHead =
    `${request.method} ${url.pathname}${url.search} HTTP/1.1\r\n`.length +
    request.headers.reduce((n, [k, v]) => n + k.length + v.length + 4, 2);
  const resBodySize = response.body.length;
  const resSize = resBodySize + headSize(response.status, response.statusText, response.headers);
  const cookies = response.headers.filter(([k]) => k.toLowerCase() === "set-cookie").length;
  let out = `${p.gray(request.method)} ${p.gray(request.url)}  \n`;
  out += `  ${[
    `${response.status} ${response.statusText}`,
    `${prettyMs(response.timeMs)} ${p.gray("time")}`,
    `${fileSize(reqHead + reqBodySize)}${p.gray(s.up)} ${fileSize(resSize)}${p.gray(s.down)} ${p.gray("size")}`,
    `${request.headers.length}${p.gray(s.up)} ${response.headers.length}${p.gray(s.down)} ${p.gray("headers")}`,
    `${cookies} ${p.gray("cookies")}`,
  ].join(star)}\n`;
  if (reqBodySize) {
    out += bodyBox(
      `${s.up} ${req.mode}${star}${fileSize(reqBodySize)}`,
      req.text,
      reqBodySize,
      s,
      p,
    );
    out += " \n";
  }
  const info = contentInfo(response.headers).join(star);
  if (resBodySize)
    out += bodyBox(`${s.down} ${info}${star}${fileSize(resBodySize)}`, bodyText, resBodySize, s, p);
  else out += `  ${s.down} ${info}\n`;
  const t = response.timings;
  if (t) {
    const phases: [string, number][] = [
      ["dns-lookup", t.dnsMs],
      ["tcp-handshake", t.connectMs],
      ["ssl-handshake", t.tlsMs],
      ["transfer-start", t.firstByteMs],
      ["download", t.downloadMs],
      ["total", t.totalMs],
    ];
    const cells = phases.map(([name, ms]) => [name, ms ? prettyMs(ms) : "(cache)"] as const);
    const widths = cells.map(([name, value]) => Math.max(name.length, value.length) + 3);
    const row = (i: 0 | 1) =>
      `  ${cells.map((c, n) => c[i].padEnd(widths[n] ?? 0)).join("")}`.trimEnd();
    out += `${row(0)}\n${p.gray(row(1))}\n\n`;
  }
  return out;
}
