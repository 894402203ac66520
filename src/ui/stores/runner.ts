/**
 * The browser collection runner: runs a collection or folder through the core runner with the
 * app's transport and sandbox, keeps only compact rows (no bodies), supports pause/resume/stop
 * and "re-run failures", and hands each finished run to the host, which stores it.
 */
import { batch, createSignal } from "solid-js";
import type { OAuth2TokenStore } from "../../core/auth/types";
import type { Deps } from "../../core/factory";
import type { Transport } from "../../core/http/transport";
import type { Collection, Environment, Globals, Id } from "../../core/model";
import { makeRunAccumulator } from "../../core/report";
import type { ExecutionRecord } from "../../core/report";
import { runCollection } from "../../core/runner";
import type { RunEvent } from "../../core/runner";
import type { Sandbox } from "../../core/sandbox/types";
import { errorText } from "../commands/errorText";
import type { Notify } from "./toasts";
import { makeRunSession } from "./runSession";
import type { RunSession } from "./runSession";
import type { CookieJarPort, Outcomes, RunTree } from "./ports";
import { needsCookieJar } from "../../core/pipeline/cookies";
import type { StoredRun } from "../../core/runner/types";

/** What the runner store needs from the app. */
export interface RunnerContext {
  /** Reads the collection whose tree `target` is in (a folder's collection); undefined if gone. */
  loadTree: (
    target: RunConfig["target"],
  ) => Promise<(RunTree & { folderName?: string }) | undefined>;
  /** Writes each finished run and its variable changes. */
  outcomes: Pick<Outcomes, "ranVariables" | "ranRecord">;
  /** The workspace's cookie jar, one for the whole run (as Newman keeps one). */
  cookies?: CookieJarPort;
  /** Stored OAuth 2.0 tokens (the token manager), read and refreshed by the oauth2 scheme. */
  oauth2Tokens?: OAuth2TokenStore;
  deps: Deps;
  transport: Transport;
  /** The transport a collection's requests go through (its own choice over the header's). */
  transportFor?: (collection: Collection) => Transport;
  sandbox: () => Sandbox | undefined;
  notify: Notify;
}

/** What to run and how (the runner view's form). */
export interface RunConfig {
  target: { kind: "collection" | "folder"; id: Id };
  environment?: Environment;
  globals?: Globals;
  data?: Record<string, unknown>[];
  iterations?: number;
  delayMs?: number;
  /** Run only these request ids ("Re-run failures"). */
  only?: readonly Id[];
}

/** Live state of the runner view. */
export type RunStatus = "idle" | "running" | "paused" | "done";

/** Running counts shown while a run goes. */
export interface RunCounts {
  requests: number;
  passed: number;
  failed: number;
  /** Executions with any failure. */
  failedItems: number;
}

const zero = (): RunCounts => ({ requests: 0, passed: 0, failed: 0, failedItems: 0 });

/** The executions the view lists; totals stay exact past this (see `counts`). */
export const VIEW_ROWS_CAP = 2000;

/** The tree with only the requests `ids` names ("Re-run failures"), or all of them. */
function only<T extends RunTree>(tree: T, ids: readonly Id[] | undefined): T {
  if (!ids) return tree;
  const keep = new Set(ids);
  return { ...tree, requests: tree.requests.filter((r) => keep.has(r.id)) };
}

/**
 * How often a running run's rows, counts and progress reach the UI. Redrawing the list and the
 * chart after every request made the browser runner spend most of its time on layout.
 */
const UI_UPDATE_MS = 100;

/** Creates the runner store: one run at a time, rows without bodies, stored when done. */
export function createRunnerStore(ctx: RunnerContext) {
  const [status, setStatus] = createSignal<RunStatus>("idle");
  const [progress, setProgress] = createSignal({ done: 0, total: 0 });
  const [counts, setCounts] = createSignal<RunCounts>(zero());
  const [rows, setRows] = createSignal<readonly ExecutionRecord[]>([]);
  const [lastRun, setLastRun] = createSignal<StoredRun | undefined>();
  let session: RunSession | undefined;
  let lastConfig: RunConfig | undefined;

  async function start(config: RunConfig): Promise<StoredRun | undefined> {
    if (session) return undefined;
    const tree = await ctx.loadTree(config.target).then((t) => t && only(t, config.only));
    if (!tree) {
      ctx.notify({ kind: "error", message: "The collection to run no longer exists." });
      return undefined;
    }
    lastConfig = config;
    const current = makeRunSession((paused) => setStatus(paused ? "paused" : "running"));
    session = current;
    const accumulator = makeRunAccumulator();
    const list: ExecutionRecord[] = [];
    const tally = zero();
    let done = 0;
    let total = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      batch(() => {
        setRows([...list]);
        setCounts({ ...tally });
        setProgress({ done, total: Math.max(total, done) });
      });
    };
    const scheduleFlush = () => {
      timer ??= setTimeout(flush, UI_UPDATE_MS);
    };
    setRows([]);
    setCounts(zero());
    setProgress({ done: 0, total: 0 });
    setStatus("running");
    const startedAt = ctx.deps.clock.now();
    const transport = ctx.transportFor?.(tree.collection) ?? ctx.transport;
    const rows = [tree.collection, ...tree.folders, ...tree.requests];
    const scripts = rows.flatMap((r) => [{ code: r.scripts.prerequest }, { code: r.scripts.test }]);
    let jar: Awaited<ReturnType<CookieJarPort["open"]>> | undefined;
    try {
      if (ctx.cookies && needsCookieJar(transport.capabilities, scripts))
        jar = await ctx.cookies.open();
      const result = await runCollection(
        {
          collection: tree.collection,
          folders: tree.folders,
          requests: tree.requests,
          environment: config.environment,
          globals: config.globals,
          iterationData: config.data?.length ? config.data : undefined,
          options: {
            iterations: config.iterations,
            delayRequestMs: config.delayMs,
            ...(config.target.kind === "folder" ? { folder: config.target.id } : {}),
          },
          transport,
          sandbox: ctx.sandbox(),
          deps: ctx.deps,
          signal: current.signal,
          sleep: current.sleep,
          pause: current.gate,
          ...(jar ? { cookies: jar } : {}),
          ...(ctx.oauth2Tokens ? { oauth2Tokens: ctx.oauth2Tokens } : {}),
        },
        (event: RunEvent) => {
          accumulator.add(event);
          if (event.type === "start") {
            total = event.iterations * event.items;
            flush();
          }
          if (event.type !== "item") return;
          const record = accumulator.record().executions.at(-1);
          if (record && list.length < VIEW_ROWS_CAP) list.push(record);
          if (event.result.http) tally.requests++;
          for (const a of event.result.assertions) {
            if (a.skipped) continue;
            if (a.passed) tally.passed++;
            else tally.failed++;
          }
          if (event.failed) tally.failedItems++;
          done++;
          scheduleFlush();
        },
      );
      flush();
      if (!result.ok) {
        ctx.notify({ kind: "error", message: result.error.message });
        return undefined;
      }
      const summary = result.value;
      setProgress((p) => ({ done: p.done, total: summary.stopped ? p.total : p.done }));
      const run: StoredRun = {
        id: ctx.deps.random.uuid(),
        collectionId: tree.collection.id,
        collectionName: tree.collection.name,
        target: {
          kind: config.target.kind,
          id: config.target.id,
          name: tree.folderName ?? tree.collection.name,
        },
        ...(config.environment ? { environmentName: config.environment.name } : {}),
        startedAt,
        stats: summary.stats,
        timings: summary.timings,
        ...(summary.stopped ? { stopped: summary.stopped } : {}),
        failed: summary.failed,
        executions: accumulator.record().executions,
      };
      setLastRun(run);
      // Like Postman's runner with "Keep variable values" (the rule is core's variableWriteBack).
      const started = {
        environment: config.environment,
        collection: tree.collection,
        globals: config.globals,
      };
      const outcome = { run, started, scopes: summary.scopes };
      await ctx.outcomes.ranVariables(outcome).catch((error: unknown) =>
        ctx.notify({
          kind: "error",
          message: errorText("keep the run's variable values", error),
        }),
      );
      if (jar)
        await ctx.cookies
          ?.keep(jar.jar)
          .catch((error: unknown) =>
            ctx.notify({ kind: "error", message: errorText("keep the run's cookies", error) }),
          );
      await ctx.outcomes
        .ranRecord(outcome)
        .catch((error: unknown) =>
          ctx.notify({ kind: "error", message: errorText("save the run", error) }),
        );
      return run;
    } catch (error) {
      ctx.notify({ kind: "error", message: errorText("run the collection", error) });
      return undefined;
    } finally {
      if (timer !== undefined) flush();
      session = undefined;
      setStatus("done");
    }
  }

  return {
    status,
    /** Executions finished and expected (expected grows if setNextRequest loops). */
    progress,
    counts,
    /** The current run's executions (the first {@link VIEW_ROWS_CAP}). */
    rows,
    /** The last finished run (what the downloads read). */
    lastRun,
    start,
    pause: () => session?.pause(),
    resume: () => session?.resume(),
    stop: () => session?.stop(),
    /** Runs the last configuration again with only the requests that failed. */
    rerunFailures(): Promise<StoredRun | undefined> {
      const run = lastRun();
      if (!lastConfig || !run) return Promise.resolve(undefined);
      const failed = [
        ...new Set(run.executions.filter((e) => e.failures.length > 0).map((e) => e.item.id)),
      ];
      if (!failed.length) return Promise.resolve(undefined);
      return start({ ...lastConfig, only: failed });
    },
  };
}

/** The runner store (see `createRunnerStore`). */
export type RunnerStore = ReturnType<typeof createRunnerStore>;
