/**
 * The format worker's API as a plain object over a map of open documents, so it is tested in
 * Node exactly as the worker runs it. Every method returns a Result.
 */
import type { AppError, Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { FormatDocument } from "./document";
import { makeDocument } from "./document";
import { searchLines } from "./search";
import type { FormatApi, ViewMode } from "./types";

const notOpen = (id: string): Result<never, AppError> =>
  err({ code: "NOT_OPEN", message: `No open response body "${id}".` });

const failed = (e: unknown): Result<never, AppError> =>
  err({ code: "FORMAT_FAILED", message: e instanceof Error ? e.message : String(e) });

/** Makes a format service; `dispose` drops every open document. */
export function makeFormatService(): FormatApi & { dispose: () => void } {
  const docs = new Map<string, FormatDocument>();
  const parts = new Map<string, Uint8Array>();
  const withDoc = <T>(id: string, run: (doc: FormatDocument) => Result<T, AppError>) => {
    const doc = docs.get(id);
    if (doc === undefined) return notOpen(id);
    try {
      return run(doc);
    } catch (e) {
      return failed(e);
    }
  };
  const open = (id: string, bytes: Uint8Array, contentType?: string) => {
    try {
      const doc = makeDocument(bytes, contentType);
      docs.set(id, doc);
      return ok(doc.info);
    } catch (e) {
      return failed(e);
    }
  };
  return {
    open,
    part(id, offset, bytes, total) {
      let whole = parts.get(id);
      if (!whole || whole.length !== total) parts.set(id, (whole = new Uint8Array(total)));
      if (offset < 0 || offset + bytes.length > total) {
        return err({ code: "BAD_PART", message: `A slice does not fit body "${id}".` });
      }
      whole.set(bytes, offset);
      return ok(null);
    },
    openParts(id, contentType) {
      const whole = parts.get(id);
      if (!whole) return notOpen(id);
      parts.delete(id);
      return open(id, whole, contentType);
    },
    lines: (id, from, to, mode) => withDoc(id, (doc) => ok(doc.lines(from, to, mode))),
    search: (id, query, mode, opts) =>
      withDoc(id, (doc) => searchLines(doc.bytesOf(mode), doc.indexOf(mode), query, opts)),
    text: (id, mode: ViewMode) =>
      withDoc(id, (doc) => ok(new TextDecoder().decode(doc.bytesOf(mode)))),
    bytes: (id, mode: ViewMode) => withDoc(id, (doc) => ok(doc.bytesOf(mode).slice())),
    close(id) {
      docs.delete(id);
      parts.delete(id);
      return ok(null);
    },
    dispose: () => {
      docs.clear();
      parts.clear();
    },
  };
}
