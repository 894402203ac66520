/**
 * The page's one spec worker, shared by every `<satchel-try-it>`: started on the first panel's
 * request, it fetches and parses each spec once and answers each panel with its operation.
 * Where workers are missing (jsdom), the same service runs in-process, loaded on demand.
 */
import type { Result } from "../../core/result";
import type { TryItOperation } from "../../core/tryit/types";
import type { SpecSource } from "../../workers/tryit/specService";

type Answer = Result<TryItOperation>;
type Ask = (source: SpecSource, selector: string) => Promise<Answer>;

let ask: Ask | undefined;

/** A client over the shared worker: one message per question, answers matched by id. */
function workerAsk(): Ask {
  const worker = new Worker(new URL("../../workers/tryitSpec.worker.ts", import.meta.url), {
    type: "module",
    name: "satchel-try-it-spec",
  });
  const waiting = new Map<number, (answer: Answer) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; result: Answer }>) => {
    waiting.get(event.data.id)?.(event.data.result);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const failure: Answer = {
      ok: false,
      error: { code: "SPEC_WORKER_FAILED", message: `The spec worker stopped: ${event.message}` },
    };
    for (const resolve of waiting.values()) resolve(failure);
    waiting.clear();
    ask = undefined;
  };
  return (source, selector) =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ id, source, selector });
    });
}

/** The service in this thread, for hosts without workers. */
function inProcessAsk(): Ask {
  const service = import("./inProcessSpec").then((m) => m.makeInProcessSpecService());
  return async (source, selector) => (await service).operation(source, selector);
}

/** The operation `selector` names in the spec of `source` (absolute URL or inline text). */
export function loadOperation(source: SpecSource, selector: string): Promise<Answer> {
  ask ??= typeof Worker === "function" ? workerAsk() : inProcessAsk();
  return ask(source, selector);
}

/** Replaces the backend (tests); `undefined` restores the default. */
export function setSpecBackend(backend: Ask | undefined): void {
  ask = backend;
}
