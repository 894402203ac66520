/**
 * The collection runner: iterations × requests in tree order through the one pipeline, following
 * setNextRequest, skipRequest, bail and delay, streaming an event per item. Used by the browser
 * runner and `satchel run`; only the transport differs.
 * @see ../shared/postman-semantics.md (the team folder beside the project root) (Runs, Variables)
 */
import type { Collection } from "../model";
import { runItem } from "../pipeline/runItem";
import type { ItemResult } from "../pipeline/types";
import type { Result } from "../result";
import { err, ok } from "../result";
import type { VariableScopes } from "../variables/scopes";
import { makeScopes } from "../variables/scopes";
import type { RunStep } from "./order";
import { findNext, selectSteps } from "./order";
import { countItem, emptyStats, emptyTimings, itemFailed, runFailed } from "./stats";
import type { RunEvent, RunInput, RunSummary } from "./types";

/** Newman's rule: `-n`, else the number of data rows, else 1. */
export function iterationCount(input: Pick<RunInput, "iterationData" | "options">): number {
  const n = input.options.iterations;
  if (n !== undefined && n > 0) return Math.floor(n);
  return Math.max(input.iterationData?.length ?? 0, 1);
}

/** The data row of iteration `i`: past the last row, the last row again. */
export function dataRow(
  rows: readonly Record<string, unknown>[] | undefined,
  i: number,
): Record<string, unknown> {
  if (!rows || rows.length === 0) return {};
  return rows[Math.min(i, rows.length - 1)] ?? {};
}

/** The item result as streamed: bodies dropped unless kept. */
function slim(result: ItemResult, keepBodies: boolean): { result: ItemResult; bodySize: number } {
  const send = result.result;
  if (!send?.ok) return { result, bodySize: 0 };
  const bodySize = send.response.body.byteLength;
  if (keepBodies) return { result, bodySize };
  return {
    result: {
      ...result,
      result: { ...send, response: { ...send.response, body: new Uint8Array() } },
    },
    bodySize,
  };
}

/** The collection with the run's script deadline applied. */
function withScriptTimeout(collection: Collection, ms: number | undefined): Collection {
  if (ms === undefined) return collection;
  return { ...collection, settings: { ...collection.settings, scriptTimeoutMs: ms } };
}

/**
 * Run a collection (or the folder in `options.folder`), streaming events through `emit`.
 * Never throws for user input; an unknown folder is the only error.
 */
export async function runCollection(
  input: RunInput,
  emit: (event: RunEvent) => void,
): Promise<Result<RunSummary>> {
  const { options, deps } = input;
  const steps = selectSteps(input.folders, input.requests, options.folder);
  if (!steps)
    return err({
      code: "FOLDER_NOT_FOUND",
      message: `Unable to find a folder or request named "${options.folder ?? ""}"`,
    });
  const collection = withScriptTimeout(input.collection, options.timeoutScriptMs);
  const iterations = iterationCount(input);
  const stats = emptyStats(iterations);
  const timings = emptyTimings(deps.clock.now());
  let scopes: VariableScopes = makeScopes({
    globals: input.globals?.variables,
    collection: collection.variables,
    environment: input.environment?.variables,
  });
  let stopped: RunSummary["stopped"];
  let index = 0;
  emit({
    type: "start",
    collection: { id: collection.id, name: collection.name },
    iterations,
    items: steps.length,
  });

  const runStep = async (step: RunStep, iteration: number): Promise<ItemResult> => {
    if (index > 0 && options.delayRequestMs && input.sleep)
      await input.sleep(options.delayRequestMs);
    const result = await runItem({
      request: step.request,
      ancestors: { collection, folders: step.folders },
      scopes,
      transport: input.transport,
      sandbox: input.sandbox,
      deps,
      signal: input.signal,
      timeoutMs: options.timeoutRequestMs,
      iteration: { index: iteration, count: iterations },
      ...(input.cookies ? { cookies: input.cookies } : {}),
      ...(input.oauth2Tokens ? { oauth2Tokens: input.oauth2Tokens } : {}),
    });
    scopes = result.scopes;
    countItem(stats, timings, result);
    const failed = itemFailed(result);
    emit({
      type: "item",
      iteration,
      index: index++,
      request: { id: step.request.id, name: step.request.name },
      path: step.folders.map((f) => f.name),
      ...slim(result, options.keepBodies === true),
      failed,
    });
    if (failed && options.bail) stopped = "bail";
    return result;
  };

  outer: for (let iteration = 0; iteration < iterations; iteration++) {
    const data = dataRow(input.iterationData, iteration);
    scopes = { ...scopes, data: makeScopes({ data }).data };
    emit({ type: "iteration", index: iteration, count: iterations, data });
    let at = 0;
    while (at < steps.length) {
      if (input.signal?.aborted) {
        stopped = "aborted";
        break outer;
      }
      const step = steps[at] as RunStep;
      if (input.pause) await input.pause();
      if (input.signal?.aborted) {
        stopped = "aborted";
        break outer;
      }
      const result = await runStep(step, iteration);
      if (stopped) break outer;
      if (result.nextRequest === undefined) at++;
      else if (result.nextRequest === null) break;
      else {
        at = findNext(steps, result.nextRequest);
        if (at < 0) break;
      }
    }
  }

  timings.completed = deps.clock.now();
  const summary: RunSummary = {
    stats,
    timings,
    scopes,
    ...(stopped ? { stopped } : {}),
    failed: runFailed(stats),
  };
  emit({ type: "done", summary });
  return ok(summary);
}
