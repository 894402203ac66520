/**
 * The import worker's OpenAPI path: parse (JSON or YAML) → bundle external `$ref`s
 * (src/core/import/openapi/external.ts) → count what it creates (the preview) → resolve, convert
 * chunk by chunk from the preview on (in the background), restore each chunk (the one funnel's
 * rules: `makeStreamRestorer`, or `restoreBundle` for a whole document), and hand the chunks to
 * the page, which stores each as it comes (`repos.imports.storeStreamed`). Never throws: a
 * failure comes back as an error result.
 */
import type { Deps } from "../../core/factory";
import type { Bundled, RefSource } from "../../core/import/openapi/external";
import { bundleExternalRefs } from "../../core/import/openapi/external";
import type { OpenApiImport } from "../../core/import/openapi/index";
import {
  conversionFailure,
  importOpenApiDocument,
  openApiFailed,
  parseSpec,
  startOpenApi,
  surveyOpenApi,
} from "../../core/import/openapi/index";
import { makeStreamRestorer } from "../../core/import/restore/index";
import { summarizeCounts } from "../../core/import/summary";
import type { Bundle, Id } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { ChunkStream } from "./chunks";
import { nothingPrepared } from "./chunks";
import { makeScheduler } from "./scheduler";
import type { ChunkAnswer, PreviewAnswer } from "./types";

/**
 * Operations converted per chunk: the first rows reach IndexedDB after ~10 ms of conversion,
 * and each bulkAdd still carries a useful batch.
 */
const CHUNK = 50;

/** A chosen file's text, or a READ_FAILED result (the file went away or is unreadable). */
export async function readSource(file: Blob): Promise<string | Result<never>> {
  try {
    return await file.text();
  } catch {
    const name = "name" in file && typeof file.name === "string" ? file.name : "the file";
    return err({ code: "READ_FAILED", message: `Couldn't read ${name}.` });
  }
}

/** A document (parsed already, or its text) with its external refs bundled in. */
async function loadSpec(spec: OpenApiSource, refs?: RefSource): Promise<Result<Bundled>> {
  const parsed = spec.doc === undefined ? parseSpec(spec.text) : ok(spec.doc);
  if (!parsed.ok) return parsed;
  return ok(await bundleExternalRefs(parsed.value, refs, (t) => parseSpec(t)));
}

/** An OpenAPI document as the funnel recognised it: its text, and its value if parsed. */
export interface OpenApiSource {
  text: string;
  doc?: unknown;
}

/**
 * Imports an OpenAPI document whole: reads `source` when it is a file, loads the documents the
 * spec refers to through `refs` (relative to `refs.base`) and bundles them in (problems loading
 * them are warnings), converts and restores it.
 */
export async function importOpenApiSpec(
  source: string | Blob,
  deps: Deps,
  workspaceId: Id,
  refs?: RefSource,
): Promise<Result<OpenApiImport>> {
  try {
    const text = typeof source === "string" ? source : await readSource(source);
    if (typeof text !== "string") return text;
    const loaded = await loadSpec({ text }, refs);
    if (!loaded.ok) return loaded;
    return importOpenApiDocument(loaded.value.doc, deps, workspaceId, loaded.value.warnings);
  } catch (e) {
    return openApiFailed(e);
  }
}

const rows = (part: Partial<Bundle>): Bundle => ({
  collections: [],
  folders: [],
  requests: [],
  environments: [],
  ...part,
});

/**
 * Starts converting `doc` in the background as soon as it is previewed: by the time the user
 * clicks "Import", much (often all) of it is converted and the page only has to write it.
 * Nothing is written here, so dropping the stream (or the worker) drops the work.
 */
function runInBackground(doc: unknown, deps: Deps, workspaceId: Id): Result<ChunkStream> {
  const started = startOpenApi(doc, deps, workspaceId);
  if (!started.ok) return started;
  const conversion = started.value;
  // Each chunk is restored on its own; references hold because the converter emits a folder in
  // the chunk of the first request that needs it (never after), and the restorer accepts only
  // parents it has already passed on (see core/import/restore/stream.ts).
  const restorer = makeStreamRestorer(conversion.collection, deps, { workspaceId });
  if (!restorer.ok) return restorer;
  const restore = restorer.value;
  const chunks = conversion.chunks(CHUNK);
  // The collection goes first, in a chunk of its own (a document may have no operations).
  const queue: Result<ChunkAnswer>[] = [ok({ chunk: rows({ collections: [restore.collection] }) })];
  const scheduler = makeScheduler();
  let finished = false;
  let wake: (() => void) | undefined;
  const step = (): Result<ChunkAnswer> => {
    try {
      const next = chunks.next();
      if (!next.done) {
        const chunk = restore.chunk(next.value);
        return chunk.ok ? ok({ chunk: rows(chunk.value) }) : chunk;
      }
      return ok({ done: true, warnings: [...conversion.warnings(), ...restore.warnings()] });
    } catch (e) {
      return conversionFailure(e);
    }
  };
  const stop = () => {
    finished = true;
    scheduler.close();
  };
  const pump = () => {
    if (finished) return;
    const answer = step();
    queue.push(answer);
    if (!(answer.ok && "chunk" in answer.value)) stop();
    else scheduler.later(pump);
    wake?.();
    wake = undefined;
  };
  scheduler.later(pump);
  return ok({
    next: async () => {
      while (queue.length === 0 && !finished) await new Promise<void>((r) => (wake = r));
      return queue.shift() ?? nothingPrepared;
    },
    cancel: () => {
      stop();
      queue.length = 0;
      wake?.();
    },
  });
}

/**
 * Prepares an OpenAPI document: loads what its `$ref`s name through `refs`, counts what it will
 * create (the preview) and starts its conversion.
 */
export async function prepareOpenApi(
  spec: OpenApiSource,
  deps: Deps,
  workspaceId: Id,
  refs: RefSource | undefined,
): Promise<Result<{ preview: Omit<PreviewAnswer, "kind">; stream: ChunkStream }>> {
  const loaded = await loadSpec(spec, refs);
  if (!loaded.ok) return loaded;
  const survey = surveyOpenApi(loaded.value.doc);
  if (!survey.ok) return survey;
  const stream = runInBackground(loaded.value.doc, deps, workspaceId);
  if (!stream.ok) return stream;
  const { folders, requests, title } = survey.value;
  const summary = summarizeCounts({ collections: 1, folders, requests });
  const { warnings, external } = loaded.value;
  const preview = { summary, collections: [title], warnings, external };
  return ok({ preview, stream: stream.value });
}
