/** Decides what a body is from its content type, or by sniffing when the type says nothing. */
import type { BodyKind } from "./types";

const BINARY_TYPES = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|wasm)/;

/** The kind named by a content type alone, or undefined when it is absent or vague. */
export function kindFromContentType(contentType: string | undefined): BodyKind | undefined {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "") return undefined;
  if (/[/+]json$/.test(type) || type.endsWith("/json-seq")) return "json";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/[/+]xml$/.test(type)) return "xml";
  if (type === "image/svg+xml") return "xml";
  if (BINARY_TYPES.test(type)) return "binary";
  if (type.startsWith("text/") || /javascript|ecmascript|x-www-form-urlencoded|yaml/.test(type)) {
    return "text";
  }
  return undefined;
}

/** Looks at the first bytes: JSON-ish, markup-ish, text or binary. */
export function sniffKind(bytes: Uint8Array): BodyKind {
  const n = Math.min(bytes.length, 1024);
  let i = 0;
  while (i < n && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 9)) {
    i++;
  }
  for (let j = 0; j < n; j++) if (bytes[j] === 0) return "binary";
  const head = new TextDecoder().decode(bytes.subarray(i, Math.min(n, i + 64))).toLowerCase();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "html";
  if (head.startsWith("<")) return "xml";
  return "text";
}

/** The kind of a body: the content type wins when it is specific, else a sniff decides. */
export function detectKind(bytes: Uint8Array, contentType: string | undefined): BodyKind {
  return kindFromContentType(contentType) ?? sniffKind(bytes);
}
