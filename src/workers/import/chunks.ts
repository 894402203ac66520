/** Chunks handed out one at a time, for the import worker's `nextChunk`. */
import type { Bundle } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { ChunkAnswer } from "./types";

/** A prepared import's chunks, in order. */
export interface ChunkStream {
  /** The next answer (waiting for it if need be); NOTHING_PREPARED after the last. */
  next(): Promise<Result<ChunkAnswer>>;
  /** Stops any work still under way for it. */
  cancel(): void;
}

/** The answer once nothing is (or is no longer) prepared. */
export const nothingPrepared = err({ code: "NOTHING_PREPARED", message: "Nothing to import." });

/**
 * Folders and requests per chunk of a bundle (up to twice this many rows): each arrives in a task
 * of its own on the page, so a big collection is not copied in one long task.
 */
const BUNDLE_CHUNK = 200;

/** `bundle` in chunks: everything but folders and requests in the first. */
export function chunksOf(bundle: Bundle, size = BUNDLE_CHUNK): Bundle[] {
  const slice = (i: number) => ({
    folders: bundle.folders.slice(i, i + size),
    requests: bundle.requests.slice(i, i + size),
  });
  const chunks: Bundle[] = [{ ...bundle, ...slice(0) }];
  const rows = Math.max(bundle.folders.length, bundle.requests.length);
  for (let i = size; i < rows; i += size) {
    chunks.push({ collections: [], environments: [], ...slice(i) });
  }
  return chunks;
}

/** Hands out a restored bundle's chunks, then the end (with no warnings: the preview had them). */
export function streamBundle(bundle: Bundle): ChunkStream {
  const answers: Result<ChunkAnswer>[] = [
    ...chunksOf(bundle).map((chunk) => ok({ chunk })),
    ok({ done: true as const, warnings: [] }),
  ];
  return {
    next: () => Promise.resolve(answers.shift() ?? nothingPrepared),
    cancel: () => void answers.splice(0),
  };
}
