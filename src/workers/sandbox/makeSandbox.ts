/**
 * The QuickJS implementation of core's Sandbox seam. Every script runs in a fresh execution: the
 * engine puts its prepared context (bootstrap and, when a script needs them, libraries) back from
 * a memory image first, so nothing one script defines or changes reaches another — not in the
 * same stage, request or run. What scripts share is what Postman shares: variable scopes and the
 * request, carried by the host from one execution to the next. A module that fails (a trap, the
 * host's stack) is replaced. Runs are serialized.
 * This file has no Node or DOM dependencies: ./index.ts (Node) and ../sandbox.worker.ts
 * (browser) supply the QuickJS module and the library loader.
 */
import type { QuickJSWASMModule } from "quickjs-emscripten-core";
import type { Clock, RandomSource } from "../../core/clock";
import type { HttpRequest, Transport } from "../../core/http/transport";
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
import { applyEnd, executionInput } from "./stage";

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
  /**
   * A fresh QuickJS WebAssembly module instance on `memory` (its maximum is the whole guest's
   * memory cap). Required by this entry; called again after a crash.
   */
  loadModule: (memory: WebAssembly.Memory) => Promise<QuickJSWASMModule>;
  /** QuickJS stack limit in bytes. Default 256 KiB (safe for the host's own stack). */
  stackBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MEMORY = 64 * 1024 * 1024;

const defaultRandom: RandomSource = {
  next: () => Math.random(),
  uuid: () => crypto.randomUUID(),
};

const PAGE = 65536;
/** What the module holds besides the guest's heap: data, its 5 MB stack, the prepared context. */
const MODULE_BASE_BYTES = 16 * 1024 * 1024;
/** Room past the guest's limit for describing its errors, reading its end report and libraries. */
const MODULE_SLACK_BYTES = 32 * 1024 * 1024;

/**
 * Pages of the module's memory, capped. QuickJS counts a heap's size by the allocator's usable sizes,
 * which this build does not have, so its own limit only stops single large allocations; the
 * memory's maximum is what makes the limit real (malloc fails, and QuickJS throws out of memory).
 */
const modulePages = (memoryBytes: number) =>
  Math.ceil((MODULE_BASE_BYTES + memoryBytes + MODULE_SLACK_BYTES) / PAGE);

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

/** A byte source for crypto.getRandomValues in scripts (Web Crypto, in browsers and Node). */
function randomBytes(n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.max(0, Math.min(n, 65536))));
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** Seeds for executions' Math.random, drawn from Web Crypto 256 at a time. */
const seedPool = new Uint32Array(256);
let seedAt = seedPool.length;
/** Two 32-bit seeds for an execution's Math.random. */
function seeds(): [number, number] {
  if (seedAt + 2 > seedPool.length) {
    crypto.getRandomValues(seedPool);
    seedAt = 0;
  }
  seedAt += 2;
  return [seedPool[seedAt - 2]!, seedPool[seedAt - 1]!];
}

/**
 * A QuickJS sandbox: a fresh context for every script (see the file header). `dispose` drops the
 * module; the next run loads a new one.
 */
export function makeQuickJsSandboxWith(opts: QuickJsSandboxOptions): Sandbox & { dispose(): void } {
  const clock = opts.clock ?? { now: () => Date.now() };
  const deps = { clock, random: opts.random ?? defaultRandom };
  const libs = new Map<string, { source?: string; error?: string }>();
  let engine: Promise<Engine> | undefined;
  /** The largest memory limit the current engine's module has room for. */
  let engineBytes = 0;
  let collector: Collector | undefined;
  /** Console entries and assertions reported so far, over every stage (their `seq`). */
  let reported = 0;
  // The response body as text, decoded on first read by a script (most never read it).
  let bodyText: string | undefined;
  let bodyBytes: Uint8Array | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const hooks = {
    emit: (type: string, args: string[]) => collector?.emit(type, args),
    send: (json: string) => (collector ? collector.send(json) : -1),
    cookie: (json: string) => (collector ? collector.cookie(json) : -2),
    now: () => performance.now(),
    body: () => (bodyText ??= bodyBytes ? decodeUtf8(bodyBytes) : ""),
    random: randomBytes,
    lib(name: string) {
      const builtin = builtinSource(name);
      return builtin !== undefined ? { source: builtin } : (libs.get(name) ?? {});
    },
    replaceIn(text: string, json: string) {
      const s = JSON.parse(json) as Partial<SandboxContext["scopes"]>;
      const scopes = { globals: {}, collection: {}, environment: {}, data: {}, local: {}, ...s };
      return resolveTemplate(text, scopes, deps);
    },
  };

  /** Runs asked for and not finished; the libraries of the last execution. */
  let waiting = 0;
  let lastLibs: readonly string[] = [];

  /** Restores the last execution's image when no run is waiting (see `run`). */
  function prepareNext() {
    if (waiting > 0 || !engine) return;
    void engine.then((e) => waiting === 0 && e.reset(lastLibs)).catch(() => undefined);
  }

  /** Loads the sources of the libraries `script` mentions; returns those that are available. */
  async function preload(script: ScriptSource): Promise<GuestLibName[]> {
    const wanted = [...libsUsedBy(script.code)];
    for (const name of wanted) {
      if (libs.has(name)) continue;
      try {
        if (!opts.loadLib) throw new Error("no library loader is configured");
        libs.set(name, { source: await opts.loadLib(name) });
      } catch (e) {
        libs.set(name, { error: e instanceof Error ? e.message : String(e) });
      }
    }
    return wanted.filter((name) => libs.get(name)?.source !== undefined);
  }

  /**
   * The engine, made on a fresh module the first time, after a failure, and when a run asks for
   * more memory than its module was made for.
   */
  function getEngine(memoryBytes: number): Promise<Engine> {
    if (memoryBytes > engineBytes) dropEngine();
    if (!engine) {
      engineBytes = Math.max(memoryBytes, DEFAULT_MEMORY);
      const maximum = modulePages(engineBytes);
      const stackBytes = opts.stackBytes ?? 256 * 1024;
      const limits = { memoryBytes: engineBytes, stackBytes, maxBytes: maximum * PAGE };
      engine = opts
        .loadModule(new WebAssembly.Memory({ initial: MODULE_BASE_BYTES / PAGE, maximum }))
        .then((mod) => createEngine(mod, hooks, limits, REQUIRABLE));
    }
    const pending = engine;
    pending.catch(() => {
      if (engine === pending) engine = undefined;
    });
    return pending;
  }

  function dropEngine() {
    const old = engine;
    engine = undefined;
    void old?.then((e) => e.dispose()).catch(() => undefined);
  }

  /**
   * Reads the script's changes to the request after a limit stopped it, with a little more memory
   * and time; `request` is kept as it was when they cannot be read.
   */
  function readEnd(e: Engine, request: HttpRequest, memoryBytes: number, errors: ScriptError[]) {
    e.setMemoryLimit(memoryBytes + 16 * 1024 * 1024);
    e.setDeadline(performance.now() + 1000);
    const r = e.call("end");
    e.setMemoryLimit(memoryBytes);
    if (r.ok) return applyEnd(request, r.value);
    const message = `The script's changes to the request could not be read back (${r.error.name}: ${r.error.message})`;
    errors.push({ code: "RUNTIME", message, location: "sandbox" });
    return request;
  }

  /** One script in a fresh execution; returns the request as the script left it. */
  async function execute(
    e: Engine,
    script: ScriptSource,
    context: SandboxContext,
    request: HttpRequest,
    c: Collector,
    errors: ScriptError[],
  ): Promise<HttpRequest> {
    const timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const memoryBytes = context.memoryLimitBytes ?? DEFAULT_MEMORY;
    lastLibs = await preload(script);
    e.reset(lastLibs);
    e.setMemoryLimit(memoryBytes);
    e.setDeadline(performance.now() + timeoutMs);
    const [a, b] = seeds();
    const begun = e.call("begin", executionInput(context, c.scopes, request), a, b);
    if (!begun.ok) {
      const message = `The script context could not be set up (${begun.error.name}: ${begun.error.message})`;
      errors.push({
        code: limitCode(begun.error) ?? "RUNTIME",
        message,
        location: script.location,
      });
      return request;
    }
    const outcome = await runScript(e, script, c.sink, timeoutMs);
    errors.push(...outcome.errors);
    if (outcome.fatal) {
      const message = limitMessage(outcome.fatal, timeoutMs, memoryBytes);
      errors.push({ code: outcome.fatal, message, location: script.location });
    }
    return outcome.end !== undefined
      ? applyEnd(request, outcome.end)
      : readEnd(e, request, memoryBytes, errors);
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
      scopes: context.scopes,
      cookieJar: context.cookieJar,
      order: () => ++reported,
    });
    collector = c;
    bodyText = context.response?.bodyText;
    bodyBytes = context.response?.body;
    let request = context.request;
    const errors: SandboxResult["errors"] = [];
    const ctx = { ...context, info: { ...context.info, eventName: kind } };
    for (const script of scripts) {
      c.sink = newSink(script.location);
      try {
        const e = await getEngine(memoryBytes);
        request = await execute(e, script, ctx, request, c, errors);
      } catch (err) {
        errors.push(hostFailure(err, script.location, timeoutMs, memoryBytes));
        dropEngine();
      }
    }
    collector = undefined;
    bodyText = bodyBytes = undefined;
    const { nextRequest, skip, visualizer } = c.outcome;
    const cookieChanges = c.takeCookieChanges();
    return {
      assertions: c.assertions,
      console: c.console,
      scopes: c.scopes,
      request,
      skipRequest: skip,
      errors: [...errors, ...c.notes],
      ...(cookieChanges.length > 0 ? { cookieChanges } : {}),
      ...(nextRequest !== undefined ? { nextRequest } : {}),
      ...(visualizer ? { visualizer } : {}),
    };
  }

  return {
    run(kind, scripts, context) {
      waiting++;
      const next = queue.then(() => runStage(kind, scripts, context));
      queue = next.catch(() => undefined);
      void queue.then(() => {
        waiting--;
        // Put the last image back while the host waits (for the network, say), so the next
        // execution usually finds its context ready. A macrotask: the result goes out first.
        setTimeout(prepareNext, 0);
      });
      return next;
    },
    dispose() {
      dropEngine();
    },
  };
}
