/**
 * Copy and save for the body view. The text comes as bytes (from the worker for pretty JSON, the
 * response itself for raw) and goes into a Blob, so a 50 MB body is never one JS string here.
 */
import type { HttpResponse } from "../../../core/http/transport";
import type { AppError, Result } from "../../../core/result";
import { ok } from "../../../core/result";
import type { BodyKind, FormatClient, ViewMode } from "../../../workers/format/types";

/** The body as a Blob for a view mode. */
export async function bodyBlob(
  client: FormatClient,
  id: string,
  mode: ViewMode,
  response: HttpResponse,
  contentType: string | undefined,
): Promise<Result<Blob, AppError>> {
  if (mode === "raw") {
    const type = contentType ?? "application/octet-stream";
    return ok(new Blob([response.body as Uint8Array<ArrayBuffer>], { type }));
  }
  const bytes = await client.bytes(id, mode);
  if (!bytes.ok) return bytes;
  return ok(
    new Blob([bytes.value as Uint8Array<ArrayBuffer>], { type: "text/plain;charset=utf-8" }),
  );
}

/** Puts a text Blob on the clipboard (as a Blob where supported, else as a string). */
export async function copyBlob(blob: Blob): Promise<void> {
  if (typeof ClipboardItem !== "undefined" && navigator.clipboard.write !== undefined) {
    const text = new Blob([blob], { type: "text/plain" });
    await navigator.clipboard.write([new ClipboardItem({ "text/plain": text })]);
    return;
  }
  await navigator.clipboard.writeText(await blob.text());
}

const EXTENSIONS: Record<BodyKind, string> = {
  json: "json",
  xml: "xml",
  html: "html",
  text: "txt",
  binary: "bin",
};

/** A file name from the URL's last path segment, with an extension for the body kind. */
export function fileNameFor(url: string, kind: BodyKind | undefined): string {
  let base = "response";
  try {
    const last = new URL(url).pathname.split("/").filter(Boolean).pop();
    if (last !== undefined) base = decodeURIComponent(last).replace(/[^\w.-]+/g, "_");
  } catch {
    // keep the default name
  }
  return /\.\w{1,5}$/.test(base) ? base : `${base}.${EXTENSIONS[kind ?? "binary"]}`;
}
