/** The OpenAPI worker's API (src/workers/openapi.worker.ts), shared with its client. */
import type { ConvertedChunk } from "../../core/import/openapi/index";
import type { ExternalRef } from "../../core/import/openapi/refConsent";
import type { Bundle, Collection, Id } from "../../core/model";
import type { Result } from "../../core/result";

/** What an OpenAPI import creates, not yet stored. */
export interface OpenApiImport {
  bundle: Bundle;
  warnings: string[];
}

/** What a prepared document will create (the import's preview), and what is known amiss. */
export interface OpenApiPreview {
  /** e.g. "1 collection, 12 folders, 452 requests". */
  summary: string;
  /** Problems loading referenced documents; conversion warnings come with the store. */
  warnings: string[];
  /** The documents the spec refers to: loaded, failed, refused, or waiting for the user's go-ahead. */
  external: ExternalRef[];
}

/** A conversion step's answer: the next chunk, or the end with what went amiss. */
export type ChunkAnswer = { chunk: ConvertedChunk } | { done: true; warnings: string[] };

/** Reads a document the spec refers to by its resolved location (a URL or a file path). */
export type LoadRef = (location: string) => Promise<string>;

/**
 * The OpenAPI import in steps, so the preview does not wait for the conversion, and the page
 * writes each chunk of rows while the worker converts the next (the page keeps the one
 * transaction open meanwhile: `repos.imports.storeStreamed`).
 */
export interface OpenApiApi {
  /**
   * Reads (a file), parses (JSON or YAML), loads the documents its `$ref`s name (`base`, the
   * spec's URL or file name, and `load` — two arguments because Comlink proxies only top-level
   * ones) and counts what the import will create. Keeps the document for {@link start}. For a
   * URL `base`, only documents in the scopes `allow` names are loaded (see refConsent.ts).
   */
  prepare(
    source: string | Blob,
    workspaceId: Id,
    base?: string,
    load?: LoadRef,
    allow?: readonly string[],
  ): Promise<Result<OpenApiPreview>>;
  /** Starts converting the prepared document: its collection now, the rest by `nextChunk`. */
  start(): Promise<Result<{ collection: Collection }>>;
  /**
   * The next chunk of folders and requests (converted while the page wrote the last), or the
   * end with the conversion's warnings; a value no rule foresaw is an INVALID_OPENAPI result.
   */
  nextChunk(): Promise<Result<ChunkAnswer>>;
}
