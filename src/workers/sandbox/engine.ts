/**
 * One QuickJS runtime + context with the limits applied and the guest bootstrap evaluated once.
 * The guest reaches the host only through the six functions of `HostHooks` (strings and
 * numbers in and out); every handle made here is disposed here.
 * @see https://github.com/justjake/quickjs-emscripten#safely-evaluate-javascript-code
 */
import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { GUEST_BOOTSTRAP } from "./guest";

/** What the guest may ask of the host. Throwing turns into a guest exception. */
export interface HostHooks {
  emit(type: string, json: string): void;
  /** The bundled source of a library, or why it is not available. */
  lib(name: string): { source?: string; error?: string };
  /** Starts a pm.sendRequest; returns its id, or -1 when the per-script cap is reached. */
  send(json: string): number;
  now(): number;
  /** The stage response's body text (read lazily by pm.response.text() and friends). */
  body(): string;
  replaceIn(text: string, scopesJson: string): string;
}

/**
 * A guest exception or the call's result as a string, copied out of the VM. The guest API only
 * returns strings (or nothing, read as "undefined"): reading one is a single copy, where a
 * general dump asks the VM for the value's type first.
 */
export type CallResult = { ok: true; value: string } | { ok: false; error: GuestErrorInfo };

export interface GuestErrorInfo {
  name: string;
  message: string;
  stack: string;
  lineNumber?: number;
}

export type ApiName = "begin" | "run" | "poll" | "fire" | "deliver" | "finish" | "end";
type Arg = string | number | QuickJSHandle;

export interface Engine {
  call(name: ApiName, ...args: Arg[]): CallResult;
  /** Compiles (or reuses) a wrapped script: a function handle the caller must dispose. */
  compile(source: string, filename: string): { ok: true; fn: QuickJSHandle } | CallResult;
  /** Runs queued promise jobs. */
  jobs(): CallResult;
  /** Interrupt guest code after this performance.now() time. */
  setDeadline(at: number): void;
  setMemoryLimit(bytes: number): void;
  dispose(): void;
}

/** Compiled scripts kept per engine (a run repeats the same scripts for every request). */
const COMPILE_CACHE = 256;

const API: ApiName[] = ["begin", "run", "poll", "fire", "deliver", "finish", "end"];

function dumpError(ctx: QuickJSContext, handle: QuickJSHandle): GuestErrorInfo {
  try {
    const d = ctx.dump(handle) as Partial<GuestErrorInfo> | string | null;
    if (d && typeof d === "object") {
      return {
        name: String(d.name ?? "Error"),
        message: String(d.message ?? ""),
        stack: String(d.stack ?? ""),
        ...(typeof d.lineNumber === "number" ? { lineNumber: d.lineNumber } : {}),
      };
    }
    return { name: "Error", message: String(d), stack: "" };
  } catch {
    return { name: "InternalError", message: "out of memory", stack: "" };
  } finally {
    handle.dispose();
  }
}

function installHost(ctx: QuickJSContext, hooks: HostHooks): QuickJSHandle {
  const host = ctx.newObject();
  const define = (name: string, impl: (...args: QuickJSHandle[]) => QuickJSHandle | void) => {
    const fn = ctx.newFunction(name, impl);
    ctx.setProp(host, name, fn);
    fn.dispose();
  };
  define("emit", (t, j) => hooks.emit(ctx.getString(t!), ctx.getString(j!)));
  define("send", (j) => ctx.newNumber(hooks.send(ctx.getString(j!))));
  define("now", () => ctx.newNumber(hooks.now()));
  define("body", () => ctx.newString(hooks.body()));
  define("replaceIn", (t, j) =>
    ctx.newString(hooks.replaceIn(ctx.getString(t!), ctx.getString(j!))),
  );
  const lib = ctx.newFunction("lib", (n) => {
    const name = ctx.getString(n);
    const found = hooks.lib(name);
    if (found.source === undefined) {
      const why =
        found.error ?? `it was not loaded before the script ran (write require("${name}"))`;
      return { error: ctx.newError(`Cannot load module '${name}': ${why}`) };
    }
    return ctx.evalCode(
      `(function (module, exports, require) {\n${found.source}\n})`,
      `lib:${name}`,
    );
  });
  ctx.setProp(host, "lib", lib);
  lib.dispose();
  return host;
}

/** Creates a runtime with the limits and evaluates the bootstrap. Throws if the bootstrap fails. */
export function createEngine(
  mod: QuickJSWASMModule,
  hooks: HostHooks,
  limits: { memoryBytes: number; stackBytes: number },
  libNames: readonly string[],
): Engine {
  const runtime: QuickJSRuntime = mod.newRuntime();
  let deadline = Infinity;
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);
  runtime.setInterruptHandler(() => performance.now() > deadline);
  const ctx = runtime.newContext();
  const fns = new Map<ApiName, QuickJSHandle>();
  const dispose = () => {
    for (const h of fns.values()) if (h.alive) h.dispose();
    fns.clear();
    ctx.dispose();
    runtime.dispose();
  };
  try {
    deadline = performance.now() + 10_000;
    const boot = ctx.unwrapResult(ctx.evalCode(GUEST_BOOTSTRAP, "satchel-bootstrap.js"));
    const host = installHost(ctx, hooks);
    const names = ctx.unwrapResult(ctx.evalCode(JSON.stringify(libNames)));
    const api = ctx.unwrapResult(ctx.callFunction(boot, ctx.undefined, host, names));
    for (const h of [boot, host, names]) h.dispose();
    for (const name of API) fns.set(name, ctx.getProp(api, name));
    api.dispose();
    deadline = Infinity;
    return makeEngine(ctx, runtime, fns, (at) => (deadline = at), dispose);
  } catch (e) {
    dispose();
    throw e;
  }
}

function makeEngine(
  ctx: QuickJSContext,
  runtime: QuickJSRuntime,
  fns: Map<ApiName, QuickJSHandle>,
  setDeadline: (at: number) => void,
  dispose: () => void,
): Engine {
  const compiled = new Map<string, QuickJSHandle>();
  const toHandle = (a: Arg): [QuickJSHandle, boolean] =>
    typeof a === "string"
      ? [ctx.newString(a), true]
      : typeof a === "number"
        ? [ctx.newNumber(a), true]
        : [a, false];
  return {
    call(name, ...args) {
      const handles = args.map(toHandle);
      try {
        const r = ctx.callFunction(fns.get(name)!, ctx.undefined, ...handles.map(([h]) => h));
        if (r.error) return { ok: false, error: dumpError(ctx, r.error) };
        const value = r.value.consume((h) => ctx.getString(h));
        return { ok: true, value };
      } finally {
        for (const [h, own] of handles) if (own && h.alive) h.dispose();
      }
    },
    compile(source, filename) {
      const key = `${filename}\n${source}`;
      const hit = compiled.get(key);
      if (hit) {
        compiled.delete(key);
        compiled.set(key, hit);
        return { ok: true, fn: hit.dup() };
      }
      const r = ctx.evalCode(source, filename);
      if (r.error) return { ok: false, error: dumpError(ctx, r.error) };
      compiled.set(key, r.value.dup());
      if (compiled.size > COMPILE_CACHE) {
        const [oldest, handle] = compiled.entries().next().value as [string, QuickJSHandle];
        compiled.delete(oldest);
        handle.dispose();
      }
      return { ok: true, fn: r.value };
    },
    jobs() {
      const r = runtime.executePendingJobs(-1);
      if (r.error) return { ok: false, error: dumpError(r.error.context, r.error) };
      return { ok: true, value: String(r.value) };
    },
    setDeadline,
    setMemoryLimit: (bytes) => runtime.setMemoryLimit(bytes),
    dispose() {
      for (const h of compiled.values()) h.dispose();
      compiled.clear();
      dispose();
    },
  };
}
