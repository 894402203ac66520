/**
 * HttpBody → what Node sends: text, urlencoded and multipart laid out by core
 * (src/core/http/bodyParts.ts), and files named in a collection (form-data `src`, a binary body's
 * `src`) read from disk as the request goes out, as Newman does.
 */
import { realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { bodyLayout } from "../../core/http/bodyParts";
import type { FileRef } from "../../core/http/bodyParts";
import type { HttpBody } from "../../core/http/transport";
import type { BodySource } from "./bodySource";
import { EMPTY_BODY } from "./bodySource";

/** Where file paths in a collection are looked up. */
export interface FileAccess {
  /** Relative paths resolve against it (Newman's `--working-dir`, default the current one). */
  workingDir: string;
  /**
   * Also read files outside `workingDir` (Newman's `--insecure-file-read`, on by default there).
   * Off by default here: a shared collection is untrusted, and could otherwise name
   * `~/.ssh/id_rsa` as a form-data file and post it anywhere. The Postman app asks the same.
   */
  outside?: boolean;
}

/** Body source, the Content-Type it implies, and warnings (files that could not be read). */
export interface EncodedBody {
  source: BodySource;
  contentType?: string;
  warnings: string[];
}

const inside = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

/** A file's path and size, or why it is not sent. */
async function openFile(
  file: FileRef,
  access: FileAccess | undefined,
): Promise<{ path: string; size: number } | string> {
  const name = file.fileName;
  if (!name) return `A file part has no file name; it was sent empty`;
  if (!access) return `File "${name}" was sent empty: no file storage here`;
  const path = resolve(access.workingDir, name);
  try {
    if (!access.outside) {
      const [dir, real] = await Promise.all([realpath(access.workingDir), realpath(path)]);
      if (!inside(dir, real)) {
        return `File "${name}" was sent empty: it is outside the working directory ${access.workingDir}, and files there are read only when allowed`;
      }
    }
    const info = await stat(path);
    if (!info.isFile()) return `File "${name}" was sent empty: it is not a file`;
    return { path, size: info.size };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return `File "${name}" was sent empty: cannot read ${path} (${typeof code === "string" ? code : String(e)})`;
  }
}

/** Encode `body`. `boundary` is injectable so tests are deterministic. */
export async function encodeBody(
  body: HttpBody | undefined,
  boundary: string,
  access?: FileAccess,
): Promise<EncodedBody> {
  if (!body) return { source: EMPTY_BODY, warnings: [] };
  const layout = bodyLayout(body, boundary);
  const warnings: string[] = [];
  const parts: (Buffer | { path: string; size: number })[] = [];
  let length = 0;
  for (const piece of layout.pieces) {
    if (typeof piece === "string") {
      const bytes = Buffer.from(piece, "utf8");
      const last = parts[parts.length - 1];
      parts[parts.length - (Buffer.isBuffer(last) ? 1 : 0)] = Buffer.isBuffer(last)
        ? Buffer.concat([last, bytes])
        : bytes;
      length += bytes.length;
      continue;
    }
    const file = await openFile(piece.file, access);
    if (typeof file === "string") {
      warnings.push(file);
      continue;
    }
    parts.push(file);
    length += file.size;
  }
  const only = parts.length === 1 ? parts[0] : undefined;
  const source: BodySource =
    parts.length === 0
      ? EMPTY_BODY
      : Buffer.isBuffer(only)
        ? { kind: "bytes", bytes: only }
        : { kind: "parts", parts, length };
  return layout.contentType
    ? { source, contentType: layout.contentType, warnings }
    : { source, warnings };
}
