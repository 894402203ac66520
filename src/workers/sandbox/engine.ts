/**
 * One QuickJS module instance prepared for script executions: a runtime and a context with the
 * limits applied and the guest bootstrap evaluated, captured as a memory image. `reset` puts
 * that image (or one with libraries already loaded) back before every execution, so each script
 * starts in a context nothing else has touched, at the cost of a memory copy instead of a
 * bootstrap (~0.05 ms against ~5 ms).
 * The guest reaches the host only through the functions of `HostHooks` (strings and numbers in
 * and out), all created before the first image so a restore never strands one.
 * @see ./memoryImage.ts
 * @see https://github.com/justjake/quickjs-emscripten#safely-evaluate-javascript-code
 */
import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { GUEST_BOOTSTRAP } from "./guest";
import {
  captureImage,
  clearAbove,
  findLayout,
  restoreImage,
  type MemoryImage,
} from "./memoryImage";

/** What the guest may ask of the host. Throwing turns into a guest exception. */
export interface HostHooks {
  /** A report: console, error, test, var, next, skip, visualizer (see ./collector.ts). */
  emit(type: string, args: string[]): void;
  /** The bundled source of a library, or why it is not available. */
  lib(name: string): { source?: string; error?: string };
  /** Starts a pm.sendRequest; returns its id, or -1 when the per-script cap is reached. */
  send(json: string): number;
  /**
   * Starts a `pm.cookies.jar()` operation (answered through `deliver`, like a send); returns its
   * id, -1 when the per-script cap is reached, -2 when the stage has no jar.
   */
  cookie(json: string): number;
  now(): number;
  /** The stage response's body text (read lazily by pm.response.text() and friends). */
  body(): string;
  replaceIn(text: string, scopesJson: string): string;
  /** `n` random bytes from a cryptographic source, as a Latin-1 string. */
  random(n: number): string;
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

export type ApiName =
  "begin" | "run" | "poll" | "fire" | "deliver" | "finish" | "end" | "warm" | "describe";
type Arg = string | number | QuickJSHandle;

export interface Engine {
  /**
   * Starts a fresh execution: memory goes back to the prepared image for `libs` (made on first
   * use; the plain image when they cannot be loaded, so `require` reports why).
   */
  reset(libs: readonly string[]): void;
  call(name: ApiName, ...args: Arg[]): CallResult;
  /** Compiles a wrapped script: a function handle the caller must dispose. */
  compile(source: string, filename: string): { ok: true; fn: QuickJSHandle } | CallResult;
  /** Runs queued promise jobs. */
  jobs(): CallResult;
  /** Interrupt guest code after this performance.now() time. */
  setDeadline(at: number): void;
  setMemoryLimit(bytes: number): void;
  /** Bytes held by the prepared images. */
  readonly imageBytes: number;
  /** Drops the module (its memory goes with it; nothing is freed call by call). */
  dispose(): void;
}

/** Prepared images with libraries kept per engine (each is a few MB). */
const LIBRARY_IMAGES = 6;
/** Memory allowed while libraries load into an image (the run's own limit applies after). */
const WARM_MEMORY = 256 * 1024 * 1024;

const API: ApiName[] = [
  "begin",
  "run",
  "poll",
  "fire",
  "deliver",
  "finish",
  "end",
  "warm",
  "describe",
];

/** Why a thrown value could not be described. */
const UNDESCRIBED: GuestErrorInfo = {
  name: "Error",
  message: "the script threw a value that could not be described",
  stack: "",
};

const OUT_OF_MEMORY: GuestErrorInfo = {
  name: "InternalError",
  message: "out of memory",
  stack: "",
};

function installHost(ctx: QuickJSContext, hooks: HostHooks): QuickJSHandle {
  const host = ctx.newObject();
  const define = (name: string, impl: (...args: QuickJSHandle[]) => QuickJSHandle | void) => {
    const fn = ctx.newFunction(name, impl);
    ctx.setProp(host, name, fn);
    fn.dispose();
  };
  define("emit", (type, ...args) =>
    hooks.emit(
      ctx.getString(type!),
      args.map((a) => ctx.getString(a)),
    ),
  );
  define("send", (j) => ctx.newNumber(hooks.send(ctx.getString(j!))));
  define("cookie", (j) => ctx.newNumber(hooks.cookie(ctx.getString(j!))));
  define("now", () => ctx.newNumber(hooks.now()));
  define("body", () => ctx.newString(hooks.body()));
  define("random", (n) => ctx.newString(hooks.random(ctx.getNumber(n!))));
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

/**
 * Prepares a module for executions: a runtime with the limits, the bootstrap, then the first
 * image. `mod` must be fresh (nothing run in it yet) and belongs to the engine from now on.
 * Throws if the bootstrap fails or the module's memory is not laid out as expected.
 */
export function createEngine(
  mod: QuickJSWASMModule,
  hooks: HostHooks,
  limits: { memoryBytes: number; stackBytes: number; maxBytes: number },
  libNames: readonly string[],
): Engine {
  const memory = mod.getWasmMemory();
  const layout = findLayout(memory);
  const runtime: QuickJSRuntime = mod.newRuntime();
  let deadline = Infinity;
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);
  runtime.setInterruptHandler(() => performance.now() > deadline);
  const ctx = runtime.newContext();
  const fns = new Map<ApiName, QuickJSHandle>();
  deadline = performance.now() + 10_000;
  const boot = ctx.unwrapResult(ctx.evalCode(GUEST_BOOTSTRAP, "satchel-bootstrap.js"));
  const host = installHost(ctx, hooks);
  const names = ctx.unwrapResult(ctx.evalCode(JSON.stringify(libNames)));
  const api = ctx.unwrapResult(ctx.callFunction(boot, ctx.undefined, host, names));
  for (const h of [boot, host, names]) h.dispose();
  for (const name of API) fns.set(name, ctx.getProp(api, name));
  api.dispose();
  deadline = Infinity;
  const base = captureImage(memory, layout);
  const clock = { get: () => deadline, set: (at: number) => (deadline = at) };
  const prepared = { ctx, runtime, fns, memory, layout, base, limit: limits.memoryBytes };
  return makeEngine({ ...prepared, maxBytes: limits.maxBytes }, clock);
}

interface Prepared {
  ctx: QuickJSContext;
  runtime: QuickJSRuntime;
  fns: Map<ApiName, QuickJSHandle>;
  memory: WebAssembly.Memory;
  layout: ReturnType<typeof findLayout>;
  base: MemoryImage;
  /** The memory limit in force (restores bring back the image's, so it is applied again). */
  limit: number;
  /** The module memory's maximum in bytes. */
  maxBytes: number;
}

/** Time and memory a description of a thrown value may take beyond the script's own. */
const DESCRIBE_MS = 250;
const DESCRIBE_BYTES = 4 * 1024 * 1024;

function makeEngine(p: Prepared, deadline: { get(): number; set(at: number): void }): Engine {
  const { ctx, runtime, fns, memory } = p;
  const setDeadline = deadline.set;
  const setLimit = (bytes: number) => runtime.setMemoryLimit(bytes);
  const images = new Map<string, MemoryImage>();
  /** The image memory holds untouched since its restore, if any ("" is the plain one). */
  let clean: string | undefined = "";
  const touch = () => (clean = undefined);

  const toHandle = (a: Arg): [QuickJSHandle, boolean] =>
    typeof a === "string"
      ? [ctx.newString(a), true]
      : typeof a === "number"
        ? [ctx.newNumber(a), true]
        : [a, false];

  /**
   * Name, message and stack of a thrown value, described by the guest's own code that never
   * throws (a Proxy or a throwing getter included), with a little time and memory of its own so
   * that a timeout or out-of-memory error can still be told apart.
   */
  function describe(handle: QuickJSHandle): GuestErrorInfo {
    const until = deadline.get();
    setDeadline(performance.now() + DESCRIBE_MS);
    setLimit(p.limit + DESCRIBE_BYTES);
    // With the memory at its cap, a description may not fit: that is the error it would give.
    const full = memory.buffer.byteLength >= 0.9 * p.maxBytes;
    const fallback = full ? OUT_OF_MEMORY : UNDESCRIBED;
    try {
      const r = ctx.callFunction(fns.get("describe")!, ctx.undefined, handle);
      if (r.error) {
        r.error.dispose();
        return fallback;
      }
      return JSON.parse(r.value.consume((h) => ctx.getString(h))) as GuestErrorInfo;
    } catch {
      return fallback;
    } finally {
      handle.dispose();
      setLimit(p.limit);
      setDeadline(until);
    }
  }

  function call(name: ApiName, ...args: Arg[]): CallResult {
    touch();
    const handles = args.map(toHandle);
    try {
      const r = ctx.callFunction(fns.get(name)!, ctx.undefined, ...handles.map(([h]) => h));
      if (r.error) return { ok: false, error: describe(r.error) };
      return { ok: true, value: r.value.consume((h) => ctx.getString(h)) };
    } finally {
      for (const [h, own] of handles) if (own && h.alive) h.dispose();
    }
  }

  /** The image with `libs` loaded, made from the plain one on first use; undefined if it fails. */
  function libraryImage(key: string, libs: readonly string[]): MemoryImage | undefined {
    const hit = images.get(key);
    if (hit) {
      images.delete(key);
      images.set(key, hit);
      return hit;
    }
    restoreImage(memory, p.base);
    clearAbove(memory, p.base);
    setLimit(WARM_MEMORY);
    setDeadline(performance.now() + 10_000);
    const warmed = call("warm", JSON.stringify(libs));
    setDeadline(Infinity);
    setLimit(p.limit);
    if (!warmed.ok) return undefined;
    const image = captureImage(memory, p.layout);
    images.set(key, image);
    if (images.size > LIBRARY_IMAGES) images.delete(images.keys().next().value as string);
    return image;
  }

  return {
    reset(libs) {
      const key = [...libs].sort().join(",");
      if (clean === key) return;
      const image = key === "" ? p.base : (libraryImage(key, libs) ?? p.base);
      restoreImage(memory, image);
      setLimit(p.limit);
      clean = image === p.base ? "" : key;
    },
    call,
    compile(source, filename) {
      touch();
      const r = ctx.evalCode(source, filename);
      if (r.error) return { ok: false, error: describe(r.error) };
      return { ok: true, fn: r.value };
    },
    jobs() {
      touch();
      const r = runtime.executePendingJobs(-1);
      if (r.error) return { ok: false, error: describe(r.error) };
      return { ok: true, value: String(r.value) };
    },
    setDeadline,
    setMemoryLimit(bytes) {
      p.limit = bytes;
      setLimit(bytes);
    },
    get imageBytes() {
      let bytes = p.base.bytes;
      for (const image of images.values()) bytes += image.bytes;
      return bytes;
    },
    dispose() {
      images.clear();
      // Nothing is freed inside the module: its memory was restored under every handle made
      // after the first image, and the whole instance is garbage once dropped.
      fns.clear();
    },
  };
}
