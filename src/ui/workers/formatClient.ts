/**
 * The main thread's handle on the format worker. Bodies are copied once into a fresh buffer and
 * that buffer is transferred (zero-copy hand-off), so the response object other code holds is not
 * detached. Bytes coming back (copy/save) are transferred the other way.
 */
import * as Comlink from "comlink";
import type { FormatApi, FormatClient } from "../../workers/format/types";

/** Starts a format worker and wraps it; `dispose` terminates the worker. */
export function makeFormatClient(): FormatClient & { dispose: () => void } {
  const worker = new Worker(new URL("../../workers/format.worker.ts", import.meta.url), {
    type: "module",
  });
  const remote = Comlink.wrap<FormatApi>(worker);
  return {
    open(id, bytes, contentType) {
      const copy = bytes.slice();
      return remote.open(id, Comlink.transfer(copy, [copy.buffer]), contentType);
    },
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
