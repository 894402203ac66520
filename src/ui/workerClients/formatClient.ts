/**
 * The main thread's handle on the format worker. Bodies are copied once into a fresh buffer and
 * that buffer is transferred (zero-copy hand-off), so the response object other code holds is not
 * detached; a big body goes in slices, each copied in its own task (a 50 MB copy in one go was
 * most of a 200+ ms long task). Bytes coming back (copy/save) are transferred the other way.
 */
import * as Comlink from "comlink";
import type { FormatApi, FormatClient } from "../../workers/format/types";

/** The biggest slice of a body copied in one task (a few ms). */
export const PART_BYTES = 4 * 1024 * 1024;

/** Hands `value` over without copying it again (Comlink transfers its buffer). */
export type Transfer = <T extends Uint8Array>(value: T) => T;

/**
 * Opens `bytes` in the worker behind `remote`: a copy of a small body in one message, a big one
 * in {@link PART_BYTES} slices, one copy and one message per task, so the main thread is never
 * held for the whole body. The caller's bytes stay usable (only copies are transferred).
 */
export async function openInSlices(
  remote: FormatClient,
  transfer: Transfer,
  id: string,
  bytes: Uint8Array,
  contentType?: string,
): ReturnType<FormatClient["open"]> {
  if (bytes.length <= PART_BYTES) return remote.open(id, transfer(bytes.slice()), contentType);
  for (let at = 0; at < bytes.length; at += PART_BYTES) {
    const sent = await remote.part(
      id,
      at,
      transfer(bytes.slice(at, at + PART_BYTES)),
      bytes.length,
    );
    if (!sent.ok) return sent;
  }
  return remote.openParts(id, contentType);
}

/** Starts a format worker and wraps it; `dispose` terminates the worker. */
export function makeFormatClient(): FormatClient & { dispose: () => void } {
  const worker = new Worker(new URL("../../workers/format.worker.ts", import.meta.url), {
    type: "module",
  });
  const remote = Comlink.wrap<FormatApi>(worker);
  return {
    open: (id, bytes, contentType) =>
      openInSlices(remote, (copy) => Comlink.transfer(copy, [copy.buffer]), id, bytes, contentType),
    part: (id, offset, bytes, total) => remote.part(id, offset, bytes, total),
    openParts: (id, contentType) => remote.openParts(id, contentType),
    lines: (id, from, to, mode) => remote.lines(id, from, to, mode),
    search: (id, query, mode, opts) => remote.search(id, query, mode, opts),
    text: (id, mode) => remote.text(id, mode),
    bytes: (id, mode) => remote.bytes(id, mode),
    close: (id) => remote.close(id),
    dispose() {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

let shared: FormatClient | undefined;

/** The app-wide format client, started on first use. */
export function sharedFormatClient(): FormatClient {
  shared ??= makeFormatClient();
  return shared;
}
