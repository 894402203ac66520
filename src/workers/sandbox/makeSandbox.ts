/**
 * The QuickJS implementation of core's Sandbox seam. One warm engine (runtime + context +
 * bootstrap) serves every run; libraries are loaded on the host before a script that mentions
 * them and evaluated in the guest on first `require`. After a limit (timeout, memory, stack) the
 * engine is replaced, carrying the stage's variables and request over. Runs are serialized.
 * This file has no Node or DOM dependencies: ./index.ts (Node) and ../sandbox.worker.ts
 * (browser) supply the QuickJS module and the library loader.
 */
import type { QuickJSWASMModule } from "quickjs-emscripten-core";
import type { Clock, RandomSource } from "../../core/env";
import type { Transport } from "../../core/http/transport";
import type {
  Sandbox,
  SandboxContext,
  SandboxResult,
  ScriptError,
  ScriptKind,
  ScriptSource,
} from "../../core/sandbox/types";
import { resolveTemplate } from "../../core/variables/template";
import { decodeUtf8 } from "../../core/pipeline/decode";
import { makeCollector, newSink, type Collector } from "./collector";
import { createEngine, type Engine } from "./engine";
import { limitCode, limitMessage } from "./errors";
import { builtinSource, libsUsedBy, REQUIRABLE, type GuestLibName } from "./libs";
import { runScript } from "./runScript";
import { applyEnd, stageInput, type StageEnd, type StageState } from "./stage";

export interface QuickJsSandboxOptions {
  /** Used by pm.sendRequest. Without it, sends fail with a NETWORK error. */
  transport?: Transport;
  /** Per script. Default 10. */
  maxSendRequests?: number;
  /** The bundled CommonJS source of a library (see ./build). */
  loadLib?: (name: GuestLibName) => Promise<string> | string;
  /** Time stamps for console entries. Default: Date.now. */
  clock?: Clock;
  /** Dynamic variables in replaceIn ($guid, $randomInt, …). Default: Math.random. */
  random?: RandomSource;
  /** The QuickJS WebAssembly module (a fresh one after a crash). Required by this entry. */
  loadModule: () => Promise<QuickJSWASMModule>;
  /** QuickJS stack limit in bytes. Default 256 KiB (safe for the host's own stack). */
  stackBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MEMORY = 64 * 1024 * 1024;

const defaultRandom: RandomSource = {
  next: () => Math.random(),
  uuid: () => crypto.randomUUID(),
};

/** An exception from QuickJS itself (not the guest): the module is replaced. */
function hostFailure(
  err: unknown,
  location: string,
  timeoutMs: number,
  memoryBytes: number,
): ScriptError {
  const stack = err instanceof RangeError && /call stack/i.test(err.message);
  return stack
    ? {
        code: "STACK_OVERFLOW",
        message: limitMessage("STACK_OVERFLOW", timeoutMs, memoryBytes),
        location,
      }
    : { code: "RUNTIME", message: `The sandbox failed: ${String(err)}`, location };
}

/**
 * A QuickJS sandbox. The context stays warm across runs (globals a script leaves behind are seen
 * by later scripts, as in one Newman run); `dispose` frees it and the next run starts a fresh one,
 * so hosts call it between unrelated runs.
 */
export function makeQuickJsSandboxWith(opts: QuickJsSandboxOptions): Sandbox & { dispose(): void } {
  const clock = opts.clock ?? { now: () => Date.now() };
  const deps = { clock, random: opts.random ?? defaultRandom };
  const libs = new Map<string, { source?: string; error?: string }>();
  let modulePromise: Promise<QuickJSWASMModule> | undefined;
  let engine: Engine | undefined;
  let collector: Collector | undefined;
  // The response body as text, decoded on first read by a script (most never read it).
  let bodyText: string | undefined;
  let bodyBytes: Uint8Array | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const hooks = {
    emit: (type: string, json: string) => collector?.emit(type, json),
    send: (json: string) => (collector ? collector.send(json) : -1),
    now: () => performance.now(),
    body: () => (bodyText ??= bodyBytes ? decodeUtf8(bodyBytes) : ""),
    lib(name: string) {
      const builtin = builtinSource(name);
      return builtin !== undefined ? { source: builtin } : (libs.get(name) ?? {});
    },
    replaceIn(text: string, json: string) {
      const s = JSON.parse(json) as Partial<StageState["scopes"]>;
      const scopes = { globals: {}, collection: {}, environment: {}, data: {}, local: {}, ...s };
      return resolveTemplate(text, scopes, deps);
    },
  };

  async function preload(scripts: ScriptSource[]) {
    const wanted = new Set<GuestLibName>();
    for (const s of scripts) for (const l of libsUsedBy(s.code)) wanted.add(l);
    for (const name of wanted) {
      if (libs.has(name)) continue;
      try {
        if (!opts.loadLib) throw new Error("no library loader is configured");
        libs.set(name, { source: await opts.loadLib(name) });
      } catch (e) {
        libs.set(name, { error: e instanceof Error ? e.message : String(e) });
      }
    }
  }

  async function getEngine(memoryBytes: number): Promise<Engine> {
    modulePromise ??= opts.loadModule();
    const mod = await modulePromise;
    engine ??= createEngine(
      mod,
      hooks,
      { memoryBytes, stackBytes: opts.stackBytes ?? 256 * 1024 },
      REQUIRABLE,
    );
    engine.setMemoryLimit(memoryBytes);
    return engine;
  }

  function dropEngine(brokenModule: boolean) {
    try {
      engine?.dispose();
    } catch {
      brokenModule = true;
    }
    engine = undefined;
    if (brokenModule) modulePromise = undefined;
  }

  /** Folds the guest's end report (JSON) into `state`, and its test results into the collector. */
  function applyEndReport(state: StageState, json: string): StageState {
    const end = JSON.parse(json) as StageEnd;
    collector?.addAssertions(end.assertions ?? []);
    return applyEnd(state, end);
  }

  /** Ends the stage in the guest and folds its changes into `state` (kept as is on failure). */
  function endStage(e: Engine, state: StageState, memoryBytes: number, errors: ScriptError[]) {
    e.setMemoryLimit(memoryBytes + 16 * 1024 * 1024);
    e.setDeadline(performance.now() + 1000);
    const r = e.call("end");
    e.setMemoryLimit(memoryBytes);
    if (r.ok) return applyEndReport(state, r.value);
    const message = `The script's changes could not be read back (${r.error.name}: ${r.error.message})`;
    errors.push({ code: "RUNTIME", message, location: "sandbox" });
    return state;
  }

  async function runStage(
    kind: ScriptKind,
    scripts: ScriptSource[],
    context: SandboxContext,
  ): Promise<SandboxResult> {
    const timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const memoryBytes = context.memoryLimitBytes ?? DEFAULT_MEMORY;
    const c = makeCollector({
      clock,
      transport: opts.transport,
      maxSendRequests: opts.maxSendRequests ?? 10,
      timeoutMs,
    });
    collector = c;
    bodyText = context.response?.bodyText;
    bodyBytes = context.response?.body;
    let state: StageState = {
      scopes: context.scopes,
      request: context.request,
      skipRequest: false,
    };
    const errors: SandboxResult["errors"] = [];
    await preload(scripts);
    const ctx = { ...context, info: { ...context.info, eventName: kind } };
    let begun = false;
    for (const [index, script] of scripts.entries()) {
      c.sink = newSink(script.location);
      try {
        const e = await getEngine(memoryBytes);
        if (!begun) {
          e.setDeadline(performance.now() + timeoutMs);
          const r = e.call("begin", stageInput(ctx, state));
          if (!r.ok) {
            const code = limitCode(r.error) ?? "RUNTIME";
            const message = `The script context could not be set up (${r.error.name}: ${r.error.message})`;
            errors.push({ code, message, location: script.location });
            dropEngine(false);
            break;
          }
          begun = true;
        }
        const last = index === scripts.length - 1;
        const outcome = await runScript(e, script, c.sink, timeoutMs, last);
        errors.push(...outcome.errors);
        if (outcome.end !== undefined) {
          state = applyEndReport(state, outcome.end);
          begun = false;
        }
        if (outcome.fatal) {
          const message = limitMessage(outcome.fatal, timeoutMs, memoryBytes);
          errors.push({ code: outcome.fatal, message, location: script.location });
          state = endStage(e, state, memoryBytes, errors);
          dropEngine(false);
          begun = false;
        }
      } catch (err) {
        errors.push(hostFailure(err, script.location, timeoutMs, memoryBytes));
        dropEngine(true);
        begun = false;
      }
    }
    if (begun && engine) {
      state = endStage(engine, state, memoryBytes, errors);
    }
    collector = undefined;
    bodyText = bodyBytes = undefined;
    return {
      assertions: c.assertions,
      console: c.console,
      scopes: state.scopes,
      request: state.request,
      skipRequest: state.skipRequest,
      errors,
      ...(state.nextRequest !== undefined ? { nextRequest: state.nextRequest } : {}),
      ...(state.visualizer ? { visualizer: state.visualizer } : {}),
    };
  }

  return {
    run(kind, scripts, context) {
      const next = queue.then(() => runStage(kind, scripts, context));
      queue = next.catch(() => undefined);
      return next;
    },
    dispose() {
      dropEngine(false);
    },
  };
}
