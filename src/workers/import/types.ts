/** The import worker's API (src/workers/import.worker.ts), shared with its client. */
import type { ImportKind } from "../../core/import/detect";
import type { ExternalRef } from "../../core/import/openapi/refConsent";
import type { Bundle, Id } from "../../core/model";
import type { Result } from "../../core/result";

/** What a prepared import will create (its preview), and what is known amiss. */
export interface PreviewAnswer {
  /** The format detected. */
  kind: ImportKind;
  /** e.g. "1 collection, 12 folders, 452 requests". */
  summary: string;
  /** The names of the collections it creates (for the preview to name them). */
  collections?: string[];
  /** The names of the environments it creates. */
  environments?: string[];
  /**
   * What the preview found amiss: repairs, options not supported, problems loading referenced
   * documents. An OpenAPI conversion's own warnings come with the last chunk.
   */
  warnings: string[];
  /**
   * The documents an OpenAPI spec refers to: loaded, failed, refused, or waiting for the user's
   * go-ahead. Empty for every other format.
   */
  external: ExternalRef[];
}

/**
 * A step's answer: the next chunk of rows to store (collections come in the first), or the end
 * with what the conversion could not do.
 */
export type ChunkAnswer = { chunk: Bundle } | { done: true; warnings: string[] };

/** Reads a document the spec refers to by its resolved location (a URL or a file path). */
export type LoadRef = (location: string) => Promise<string>;

/**
 * Every import in steps, off the main thread: `prepare` reads, detects (once), converts or
 * surveys, and answers the preview; the page then asks for chunks and writes each while the worker
 * readies the next (keeping its one transaction open meanwhile: `repos.imports.storeStreamed`).
 * One import is prepared at a time; preparing another lets the last go.
 */
export interface ImportApi {
  /**
   * Reads `source` (a chosen file is read here), detects its format (`name`, the file name or
   * URL, breaks ties) and prepares it: any format but OpenAPI is converted and restored now;
   * an OpenAPI document is parsed (JSON or YAML), the documents its `$ref`s name are loaded
   * (`base`, the spec's URL or file name, and `load` — two arguments because Comlink proxies
   * only top-level ones; for a URL `base`, only from the scopes `allow` names: see
   * refConsent.ts), what it will create is counted, and its conversion starts in the background.
   */
  prepare(
    source: string | Blob,
    workspaceId: Id,
    name?: string,
    base?: string,
    load?: LoadRef,
    allow?: readonly string[],
  ): Promise<Result<PreviewAnswer>>;
  /**
   * The next chunk of the prepared import, or its end; NOTHING_PREPARED after that. An OpenAPI
   * value no rule foresaw is an INVALID_OPENAPI result (the page must then drop what it wrote).
   */
  nextChunk(): Promise<Result<ChunkAnswer>>;
  /** Lets the prepared import go (and stops its conversion), so the worker can take another. */
  drop(): void;
}
