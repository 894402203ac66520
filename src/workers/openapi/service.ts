/**
 * The OpenAPI import off the main thread: read and parse (JSON or YAML) → bundle external
 * `$ref`s (src/core/import/openapi/external.ts) → count what it creates (the preview) → resolve,
 * convert chunk by chunk from the preview on (in the background), restore each chunk (the one
 * funnel's rules: `makeStreamRestorer`, or `restoreBundle` for a whole document), and hand the
 * chunks to the page, which stores each as it comes (`repos.imports.storeStreamed`). Never
 * throws: a failure comes back as an error result.
 */
import * as Comlink from "comlink";
import type { Deps } from "../../core/factory";
import type { Bundled, RefSource } from "../../core/import/openapi/external";
import { bundleExternalRefs } from "../../core/import/openapi/external";
import { summarizeCounts } from "../../core/import/funnel";
import {
  conversionFailure,
  convertOpenApi,
  startOpenApi,
  surveyOpenApi,
} from "../../core/import/openapi/index";
import { makeStreamRestorer, restoreBundle } from "../../core/import/restore/index";
import type { Collection, Id } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import { parseSpec } from "./parse";
import type { ChunkAnswer, LoadRef, OpenApiApi, OpenApiImport } from "./types";

/**
 * Operations converted per chunk: the first rows reach IndexedDB after ~10 ms of conversion,
 * and each bulkAdd still carries a useful batch.
 */
const CHUNK = 50;

const failed = (e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  return err({ code: "OPENAPI_FAILED", message: `The OpenAPI import failed: ${message}` });
};

function convertParsed(
  doc: unknown,
  deps: Deps,
  workspaceId: Id,
  before: string[],
): Result<OpenApiImport> {
  const converted = convertOpenApi(doc, deps, workspaceId);
  if (!converted.ok) return converted;
  const { collection, folders, requests, warnings } = converted.value;
  const bundle = { collections: [collection], folders, requests, environments: [] };
  const restored = restoreBundle(bundle, deps, { workspaceId });
  if (!restored.ok) return restored;
  return ok({
    bundle: restored.value.bundle,
    warnings: [...before, ...warnings, ...restored.value.warnings],
  });
}

/** A chosen file's text, or a READ_FAILED result (the file went away or is unreadable). */
async function readSource(file: Blob): Promise<string | Result<never>> {
  try {
    return await file.text();
  } catch {
    const name = "name" in file && typeof file.name === "string" ? file.name : "the file";
    return err({ code: "READ_FAILED", message: `Couldn't read ${name}.` });
  }
}

/**
 * Imports `text` into `workspaceId` with the given clock and random source; `$ref`s to other
 * documents stay unresolved (with a warning). See {@link importOpenApiSpec} to load them.
 */
export function importOpenApiText(
  text: string,
  deps: Deps,
  workspaceId: Id,
): Result<OpenApiImport> {
  try {
    const parsed = parseSpec(text);
    return parsed.ok ? convertParsed(parsed.value, deps, workspaceId, []) : parsed;
  } catch (e) {
    return failed(e);
  }
}

/** A read, parsed document with its external refs bundled in, and what went amiss loading them. */
async function loadSpec(source: string | Blob, refs?: RefSource): Promise<Result<Bundled>> {
  const text = typeof source === "string" ? source : await readSource(source);
  if (typeof text !== "string") return text;
  const parsed = parseSpec(text);
  if (!parsed.ok) return parsed;
  return ok(await bundleExternalRefs(parsed.value, refs, (t) => parseSpec(t)));
}

/**
 * Like {@link importOpenApiText}, but reads `source` when it is a file, and first loads the
 * documents the spec refers to through `refs` (relative to `refs.base`) and bundles them in;
 * problems loading them are warnings.
 */
export async function importOpenApiSpec(
  source: string | Blob,
  deps: Deps,
  workspaceId: Id,
  refs?: RefSource,
): Promise<Result<OpenApiImport>> {
  try {
    const loaded = await loadSpec(source, refs);
    if (!loaded.ok) return loaded;
    return convertParsed(loaded.value.doc, deps, workspaceId, loaded.value.warnings);
  } catch (e) {
    return failed(e);
  }
}

/** Lets the main thread's end of a `Comlink.proxy(load)` go; a plain function is left alone. */
function release(load: LoadRef | undefined) {
  const remote = load as Partial<Record<typeof Comlink.releaseProxy, () => void>> | undefined;
  remote?.[Comlink.releaseProxy]?.();
}

const nothingPrepared = err({ code: "NOTHING_PREPARED", message: "Nothing to import." });

/**
 * Calls `task` in a later task of its own, so messages (the page asking for a chunk) are handled
 * in between. A MessageChannel, not setTimeout: nested timeouts are clamped to 4 ms each.
 */
function makeScheduler(): { later: (task: () => void) => void; close: () => void } {
  if (typeof MessageChannel === "undefined") {
    return { later: (task) => void setTimeout(task, 0), close: () => undefined };
  }
  const channel = new MessageChannel();
  let pending: (() => void) | undefined;
  channel.port1.onmessage = () => pending?.();
  return {
    later: (task) => {
      pending = task;
      channel.port2.postMessage(null);
    },
    close: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/** A conversion running a chunk per task from the start, its answers queued in order. */
interface Running {
  collection: Collection;
  /** The next answer (waiting for it if need be); NOTHING_PREPARED after the last. */
  next: () => Promise<Result<ChunkAnswer>>;
}

/**
 * Starts converting `doc` in the background as soon as it is previewed: by the time the user
 * clicks "Import", much (often all) of it is converted and the page only has to write it.
 * Nothing is written here, so dropping the worker drops the work.
 */
function runInBackground(doc: unknown, deps: Deps, workspaceId: Id): Result<Running> {
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
  const queue: Result<ChunkAnswer>[] = [];
  const scheduler = makeScheduler();
  let finished = false;
  let wake: (() => void) | undefined;
  const step = (): Result<ChunkAnswer> => {
    try {
      const next = chunks.next();
      if (!next.done) {
        const chunk = restore.chunk(next.value);
        return chunk.ok ? ok({ chunk: chunk.value }) : chunk;
      }
      return ok({ done: true, warnings: [...conversion.warnings(), ...restore.warnings()] });
    } catch (e) {
      return conversionFailure(e);
    }
  };
  const pump = () => {
    const answer = step();
    queue.push(answer);
    finished = !(answer.ok && "chunk" in answer.value);
    if (finished) scheduler.close();
    else scheduler.later(pump);
    wake?.();
    wake = undefined;
  };
  scheduler.later(pump);
  return ok({
    collection: restore.collection,
    next: async () => {
      while (queue.length === 0 && !finished) await new Promise<void>((r) => (wake = r));
      return queue.shift() ?? nothingPrepared;
    },
  });
}

/**
 * The worker's API over `deps`; `load` may be a Comlink proxy, released once the refs are
 * loaded. One document is prepared at a time; its conversion starts with the preview.
 */
export function makeOpenApiApi(deps: Deps): OpenApiApi {
  let running: Result<Running> | undefined;
  return {
    prepare: async (source, workspaceId, base, load, allow) => {
      running = undefined;
      try {
        const refs =
          base !== undefined && load ? { base, load, allow: [...(allow ?? [])] } : undefined;
        const loaded = await loadSpec(source, refs);
        if (!loaded.ok) return loaded;
        const survey = surveyOpenApi(loaded.value.doc);
        if (!survey.ok) return survey;
        running = runInBackground(loaded.value.doc, deps, workspaceId);
        const { folders, requests } = survey.value;
        const summary = summarizeCounts({ collections: 1, folders, requests });
        const { warnings, external } = loaded.value;
        return ok({ summary, warnings, external });
      } catch (e) {
        return failed(e);
      } finally {
        release(load);
      }
    },
    start: async () => {
      if (!running) return nothingPrepared;
      return running.ok ? ok({ collection: running.value.collection }) : running;
    },
    nextChunk: async () => {
      if (!running?.ok) return nothingPrepared;
      const answer = await running.value.next();
      if (!(answer.ok && "chunk" in answer.value)) running = undefined;
      return answer;
    },
  };
}
