/**
 * The page's handle on the sandbox worker. A run that does not answer within its scripts'
 * deadlines plus a grace period, or a worker that dies, gets the worker terminated and respawned;
 * that run resolves with a RUNTIME error instead of hanging. pm.sendRequest in the worker calls
 * back into `transport` here, so script sends take the Send button's path.
 */
import * as Comlink from "comlink";
import type { Transport } from "../../core/http/transport";
import type {
  Sandbox,
  SandboxContext,
  SandboxResult,
  ScriptKind,
  ScriptSource,
} from "../../core/sandbox/types";
import type { RemoteSend, SandboxWorkerApi } from "../../workers/sandbox/workerApi";

/** What the client needs of a Worker (tests pass a MessagePort-backed stand-in). */
export type WorkerLike = Comlink.Endpoint & { terminate(): void };

export interface SandboxClientOptions {
  /** The transport pm.sendRequest uses. */
  transport?: Transport;
  /** Extra time past the scripts' deadlines before the worker counts as hung. Default 2000 ms. */
  graceMs?: number;
  /** Told each time the worker is replaced. */
  onRestart?: (reason: string) => void;
  createWorker?: () => WorkerLike;
}

/** What a warm-up evaluates: enough to load chai into the warm context. */
const WARM_UP = "pm.expect(true).to.be.ok;";

/** The message a run gets when its worker had to be replaced. */
export const RESTART_MESSAGE = "the script worker stopped and was restarted";

const spawnWorker = (): WorkerLike =>
  new Worker(new URL("../../workers/sandbox.worker.ts", import.meta.url), { type: "module" });

/** A SandboxResult that changes nothing and carries `message` as a RUNTIME error. */
export function restartResult(context: SandboxContext, message = RESTART_MESSAGE): SandboxResult {
  return {
    assertions: [],
    console: [],
    scopes: context.scopes,
    request: context.request,
    skipRequest: false,
    errors: [{ code: "RUNTIME", message, location: context.info.eventName }],
  };
}

/** Starts the sandbox worker; `dispose` terminates it. */
export function makeSandboxClient(opts: SandboxClientOptions = {}): Sandbox & {
  dispose(): void;
  reset(): Promise<void>;
  warm(): Promise<void>;
  readonly restarts: number;
} {
  const grace = opts.graceMs ?? 2000;
  const pending = new Set<() => void>();
  let worker: WorkerLike;
  let remote: Comlink.Remote<SandboxWorkerApi>;
  let restarts = 0;

  const onError = () => restart("the worker failed");
  function start() {
    worker = (opts.createWorker ?? spawnWorker)();
    worker.addEventListener("error", onError);
    remote = Comlink.wrap<SandboxWorkerApi>(worker);
    const t = opts.transport;
    if (t) {
      const send: RemoteSend = (request, timeoutMs) => t.send(request, { timeoutMs });
      void remote.setTransport(Comlink.proxy(send), t.name, t.capabilities);
    }
  }
  function stop() {
    worker.removeEventListener("error", onError);
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
  function restart(reason: string) {
    stop();
    restarts++;
    start();
    opts.onRestart?.(reason);
    for (const settle of [...pending]) settle();
  }
  start();

  return {
    get restarts() {
      return restarts;
    },
    run(kind: ScriptKind, scripts: ScriptSource[], context: SandboxContext) {
      const limit = (context.timeoutMs ?? 10_000) * Math.max(1, scripts.length) + grace;
      return new Promise<SandboxResult>((resolve) => {
        const timer = setTimeout(() => {
          if (pending.has(abandon)) restart("a run did not answer in time");
        }, limit);
        const settle = (result?: SandboxResult) => {
          if (!pending.delete(abandon)) return;
          clearTimeout(timer);
          resolve(result ?? restartResult(context));
        };
        const abandon = () => settle();
        pending.add(abandon);
        remote.run(kind, scripts, context).then(settle, () => restart("the worker failed"));
      });
    },
    /**
     * Starts QuickJS and loads chai (behind pm.test/pm.expect) ahead of the first real script,
     * so that one answers at once. Resolves when warm; failures are ignored (a run retries).
     */
    async warm(): Promise<void> {
      const context: SandboxContext = {
        scopes: { globals: {}, collection: {}, environment: {}, data: {}, local: {} },
        request: { method: "GET", url: "http://warm.invalid/", headers: [] },
        info: {
          requestName: "",
          requestId: "",
          iteration: 0,
          iterationCount: 1,
          eventName: "test",
        },
        timeoutMs: 5000,
      };
      await remote.run("test", [{ location: "warm-up", code: WARM_UP }], context).catch(() => {});
    },
    /** A fresh QuickJS context for the next run (call between unrelated collection runs). */
    reset: () => remote.reset(),
    dispose() {
      for (const settle of [...pending]) settle();
      stop();
    },
  };
}
