/**
 * A request body as Node sends it: bytes in memory, a sequence of bytes and files read from disk
 * as they go out (`satchel run`'s form-data and binary files), or a stream that can be read only
 * once (the agent passes the page's upload through). Only the first two can be sent again, for
 * a retry on a fresh connection or a 307/308 redirect.
 */
import { createReadStream } from "node:fs";
import type { ClientRequest } from "node:http";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

export type BodySource =
  | { kind: "bytes"; bytes: Buffer }
  | { kind: "parts"; parts: (Buffer | { path: string; size: number })[]; length: number }
  | { kind: "stream"; stream: Readable; length: number };

export const EMPTY_BODY: BodySource = { kind: "bytes", bytes: Buffer.alloc(0) };

/** Bytes the body has (its Content-Length). */
export const bodyLength = (body: BodySource): number =>
  body.kind === "bytes" ? body.bytes.length : body.length;

/** Whether the body can be sent more than once. */
export const replayable = (body: BodySource): boolean => body.kind !== "stream";

async function* partChunks(parts: (Buffer | { path: string; size: number })[]) {
  for (const part of parts) {
    if (Buffer.isBuffer(part)) {
      if (part.length) yield part;
    } else if (part.size > 0) {
      // Exactly the size the Content-Length promised, even if the file grew since.
      yield* createReadStream(part.path, { start: 0, end: part.size - 1 });
    }
  }
}

/**
 * Send `body` on `req` and end it. A failure reading a file destroys the request (its error
 * reaches the exchange). A one-time stream is unpiped, not destroyed, when the request fails, so
 * the agent can still answer the page that is uploading it.
 */
export function writeBody(req: ClientRequest, body: BodySource): void {
  if (body.kind === "bytes") {
    req.end(body.bytes.length ? body.bytes : undefined);
    return;
  }
  if (body.kind === "parts") {
    pipeline(partChunks(body.parts), req).catch((e: unknown) => {
      if (!req.destroyed) req.destroy(e instanceof Error ? e : new Error(String(e)));
    });
    return;
  }
  const { stream } = body;
  const release = () => stream.unpipe(req);
  req.once("error", release);
  req.once("close", release);
  stream.pipe(req);
}
