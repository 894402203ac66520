/**
 * A body laid out by core (../../core/http/bodyParts.ts) as Blob parts: the text pieces as
 * UTF-8 bytes and each file as its stored blob, which the browser streams from disk. The agent
 * and proxy transports send every body this way; fetch does for a multipart body FormData
 * cannot express (a text part with its own Content-Type).
 */
import { bodyLayout } from "../../core/http/bodyParts";
import type { HttpBody, SendError } from "../../core/http/transport";

/** Finds a stored file's bytes (e.g. `repos.files.get(id)` → its blob). */
export type FileResolver = (fileId: string) => Promise<Blob | undefined>;

/** The error for a file part whose stored blob is gone. */
export const missingFile = (name: string | undefined): SendError => ({
  code: "NETWORK",
  message: `The file ${name ? `"${name}" ` : ""}attached to this request is missing.`,
  hint: "Attach the file again, then send.",
});

/** A multipart boundary no body will contain by chance. */
export function randomBoundary(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `----satchel${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

const encoder = new TextEncoder();

/** `body` as Blob parts, its length, and the Content-Type it implies; or a missing file. */
export async function layoutParts(
  body: HttpBody | undefined,
  resolveFile: FileResolver | undefined,
): Promise<{ parts: BlobPart[]; length: number; contentType?: string } | SendError> {
  if (!body) return { parts: [], length: 0 };
  const layout = bodyLayout(body, randomBoundary());
  const parts: BlobPart[] = [];
  let length = 0;
  for (const piece of layout.pieces) {
    if (typeof piece === "string") {
      const bytes = encoder.encode(piece);
      parts.push(bytes);
      length += bytes.length;
      continue;
    }
    const blob =
      piece.file.fileId && resolveFile ? await resolveFile(piece.file.fileId) : undefined;
    if (!blob) return missingFile(piece.file.fileName);
    parts.push(blob);
    length += blob.size;
  }
  return layout.contentType
    ? { parts, length, contentType: layout.contentType }
    : { parts, length };
}
