/**
 * The import worker's service, for every format: read (a chosen file is read here) → detect once
 * and convert (the core funnel, `prepareImport`) → the preview; then the chunks, one per call,
 * for the page to write in its one transaction. A restored bundle is handed out in chunks; an
 * OpenAPI document goes its own way (openapi.ts: `$ref`s loaded, converted in the background).
 * Never throws: a failure comes back as an error result.
 */
import * as Comlink from "comlink";
import type { Deps } from "../../core/factory";
import { prepareImport } from "../../core/import/funnel";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { ChunkStream } from "./chunks";
import { nothingPrepared, streamBundle } from "./chunks";
import { prepareOpenApi, readSource } from "./openapi";
import type { ImportApi, LoadRef, PreviewAnswer } from "./types";

/** Lets the main thread's end of a `Comlink.proxy(load)` go; a plain function is left alone. */
function release(load: LoadRef | undefined) {
  const remote = load as Partial<Record<typeof Comlink.releaseProxy, () => void>> | undefined;
  remote?.[Comlink.releaseProxy]?.();
}

/** The IMPORT_FAILED result for something that threw where nothing should. */
const failed = (e: unknown): Result<never> =>
  err({
    code: "IMPORT_FAILED",
    message: `The import failed: ${e instanceof Error ? e.message : String(e)}`,
  });

/** A prepared import: its preview, and its chunks to come. */
type Prepared = { preview: PreviewAnswer; stream: ChunkStream };

/**
 * The worker's API over `deps`; `load` may be a Comlink proxy, released once the refs are
 * loaded. One import is prepared at a time: preparing another (or `drop`) lets the last go.
 */
export function makeImportApi(deps: Deps): ImportApi {
  let current: ChunkStream | undefined;
  /** Counts calls of `prepare`, so one overtaken by a later call keeps nothing. */
  let calls = 0;
  const letGo = () => {
    current?.cancel();
    current = undefined;
  };
  const prepare = async (...args: Parameters<ImportApi["prepare"]>): Promise<Result<Prepared>> => {
    const [source, workspaceId, name, base, load, allow] = args;
    const text = typeof source === "string" ? source : await readSource(source);
    if (typeof text !== "string") return text;
    const funnel = prepareImport(text, deps, workspaceId, name);
    if (!funnel.ok) return funnel;
    if (funnel.value.kind === "bundle") {
      const { kind, summary, warnings, bundle } = funnel.value.preview;
      return ok({
        preview: {
          kind,
          summary,
          collections: bundle.collections.map((c) => c.name),
          environments: bundle.environments.map((e) => e.name),
          warnings,
          external: [],
        },
        stream: streamBundle(bundle),
      });
    }
    const refs = base !== undefined && load ? { base, load, allow: [...(allow ?? [])] } : undefined;
    const spec = await prepareOpenApi(funnel.value, deps, workspaceId, refs);
    if (!spec.ok) return spec;
    return ok({ preview: { kind: "openapi", ...spec.value.preview }, stream: spec.value.stream });
  };
  return {
    prepare: async (...args) => {
      letGo();
      const call = ++calls;
      try {
        const prepared = await prepare(...args);
        if (!prepared.ok) return prepared;
        if (call === calls) current = prepared.value.stream;
        else prepared.value.stream.cancel();
        return ok(prepared.value.preview);
      } catch (e) {
        return failed(e);
      } finally {
        release(args[4]);
      }
    },
    nextChunk: async () => {
      const stream = current;
      if (!stream) return nothingPrepared;
      const answer = await stream.next();
      if (!(answer.ok && "chunk" in answer.value) && current === stream) current = undefined;
      return answer;
    },
    drop: letGo,
  };
}
