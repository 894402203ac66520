/**
 * Sending from the editor: one run of the core pipeline per Send (ARCHITECTURE.md — the Send
 * button is a run of one item). Keeps each tab's response state, cancels on request, writes the
 * history entry and the scripts' variable changes back to storage.
 */
import { createStore } from "solid-js/store";
import type { Deps } from "../../core/factory";
import { makeCollection } from "../../core/factory";
import type { SendError, Transport } from "../../core/http/transport";
import type {
  Collection,
  Environment,
  Folder,
  Globals,
  HistoryEntry,
  Id,
  Request,
} from "../../core/model";
import { SCHEMA_VERSION } from "../../core/model";
import { runItem, scriptsFor } from "../../core/pipeline";
import type { ItemResult, RunItemInput } from "../../core/pipeline";
import type { ConsoleEntry, Sandbox, ScriptError } from "../../core/sandbox/types";
import { blankHistoryEntry } from "../../core/secrets";
import { makeScopes, writeBackVariables } from "../../core/variables";
import type { VariableScopes } from "../../core/variables";
import type { Repos } from "../../db/repos/index";
import type { ResponseState } from "../components/response/ResponseViewer";
import { errorText } from "../commands/errorText";
import type { Notify } from "./toasts";
import { keepsCredentials } from "./historyCredentials";
import { appendConsole, keepConsole } from "./consoleLog";

/** What the send store needs from the app. */
export interface SendContext {
  repos: Repos;
  deps: Deps;
  transport: Transport;
  /** The script sandbox, when scripts are enabled (created lazily by the caller). */
  sandbox?: () => Sandbox | undefined;
  environment: () => Environment | undefined;
  globals: () => Globals | undefined;
  /** The workspace history entries belong to. */
  workspaceId: () => Promise<Id>;
  notify: Notify;
}

/** One tab's latest run. */
export interface TabRun {
  state: ResponseState;
  result?: ItemResult;
  /** The last entries the run logged (consoleLog.ts keeps a bounded tail). */
  console: ConsoleEntry[];
  /** How many entries the run logged in all; more than `console.length` when some were dropped. */
  consoleTotal?: number;
  /** The pre-request stage's errors, set as soon as that stage ends (shown above the response). */
  prerequestErrors?: ScriptError[];
}

/** History bodies are text; binary bodies are not kept. */
const HISTORY_BODY_LIMIT = 1024 * 1024;

/** The request's collection and folder chain, outermost first (a blank collection for new tabs). */
export async function loadAncestors(
  repos: Repos,
  deps: Deps,
  request: Request,
): Promise<{ collection: Collection; folders: Folder[] }> {
  const stored = request.collectionId
    ? await repos.collections.get(request.collectionId)
    : undefined;
  const collection = stored ?? makeCollection(deps, { workspaceId: "", name: "" });
  const folders: Folder[] = [];
  for (let id = request.parentId; id && folders.length < 64;) {
    const folder = await repos.folders.get(id);
    if (!folder) break;
    folders.unshift(folder);
    id = folder.parentId;
  }
  return { collection, folders };
}

/** The error the viewer shows when the request could not even be built. */
const buildFailure = (message: string): SendError => ({ code: "INVALID_URL", message });

/** Creates the send store. */
export function createSendStore(ctx: SendContext) {
  const [runs, setRuns] = createStore<Record<Id, TabRun>>({});
  const controllers = new Map<Id, AbortController>();

  const writeBack = async (scopes: VariableScopes, result: ItemResult, collection: Collection) => {
    const env = ctx.environment();
    const envVars =
      env && writeBackVariables(env.variables, scopes.environment, result.scopes.environment);
    if (env && envVars) await ctx.repos.environments.put({ ...env, variables: envVars });
    const colVars =
      collection.workspaceId &&
      writeBackVariables(collection.variables, scopes.collection, result.scopes.collection);
    if (colVars) await ctx.repos.collections.put({ ...collection, variables: colVars });
    const globals = ctx.globals();
    const globalVars =
      globals && writeBackVariables(globals.variables, scopes.globals, result.scopes.globals);
    if (globals && globalVars) await ctx.repos.globals.put({ ...globals, variables: globalVars });
  };

  const record = async (tabId: Id, request: Request, result: ItemResult) => {
    const now = ctx.deps.clock.now();
    const response = result.result?.ok ? result.result.response : undefined;
    const text = response
      ? new TextDecoder().decode(response.body.subarray(0, HISTORY_BODY_LIMIT))
      : undefined;
    const error = result.result && !result.result.ok ? result.result.error : result.buildError;
    const entry: HistoryEntry = {
      id: ctx.deps.random.uuid(),
      schemaVersion: SCHEMA_VERSION,
      createdAt: now,
      updatedAt: now,
      workspaceId: await ctx.workspaceId(),
      request: {
        name: request.name,
        method: request.method,
        url: request.url,
        params: request.params,
        headers: request.headers,
        body: request.body,
        auth: request.auth,
      },
      resolvedUrl: result.http?.url ?? request.url,
      ...(result.http ? { sentHeaders: result.http.headers } : {}),
      ...(request.collectionId ? { requestId: tabId } : {}),
      ...(response
        ? {
            response: {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
              timeMs: response.timeMs,
              sizeBytes: response.body.byteLength,
              url: response.url,
              redirected: response.redirected,
            },
            responseBody: text,
          }
        : {}),
      ...(error ? { error: { code: error.code, message: error.message } } : {}),
      sentAt: now,
    };
    const keep = await keepsCredentials(ctx.repos);
    await ctx.repos.history.add(keep ? entry : blankHistoryEntry(entry).value);
  };

  /** Sends `request` for tab `tabId`; resolves when the run (scripts included) is over. */
  async function send(tabId: Id, request: Request): Promise<ItemResult | undefined> {
    controllers.get(tabId)?.abort();
    const controller = new AbortController();
    controllers.set(tabId, controller);
    // A store set merges: the previous run's result and errors are dropped explicitly.
    setRuns(tabId, {
      state: { kind: "loading", startedAt: ctx.deps.clock.now() },
      console: [],
      consoleTotal: 0,
      result: undefined,
      prerequestErrors: undefined,
    });
    const current = () => controllers.get(tabId) === controller;
    const phase = (next: NonNullable<Extract<ResponseState, { kind: "loading" }>["phase"]>) =>
      current() &&
      setRuns(tabId, "state", (s) => (s.kind === "loading" ? { ...s, phase: next } : s));
    // A stage logs all its entries at once (200,000 lines is possible): one store write for them.
    let logged: ConsoleEntry[] = [];
    const flushConsole = () => {
      const added = logged;
      logged = [];
      if (!added.length || !current()) return;
      setRuns(tabId, (run) =>
        appendConsole({ console: run.console, consoleTotal: run.consoleTotal ?? 0 }, added),
      );
    };
    try {
      const ancestors = await loadAncestors(ctx.repos, ctx.deps, request);
      const scopes = makeScopes({
        globals: ctx.globals()?.variables,
        collection: ancestors.collection.variables,
        environment: ctx.environment()?.variables,
      });
      const input: RunItemInput = {
        request,
        ancestors,
        scopes,
        transport: ctx.transport,
        sandbox: ctx.sandbox?.(),
        deps: ctx.deps,
        signal: controller.signal,
      };
      const scripted = (kind: "prerequest" | "test") =>
        input.sandbox !== undefined && scriptsFor(kind, input).length > 0;
      if (scripted("prerequest")) phase("prerequest");
      const result = await runItem(input, (event) => {
        if (event.type === "console") {
          if (logged.push(event.entry) === 1) queueMicrotask(flushConsole);
        } else if (event.type === "prerequest" && event.result.errors.length && current()) {
          setRuns(tabId, "prerequestErrors", event.result.errors);
        } else if (event.type === "request") phase("sending");
        else if (event.type === "response" && scripted("test")) phase("tests");
      });
      logged = []; // the whole console follows with the result
      if (!current()) return result;
      const state: ResponseState = result.result
        ? result.result.ok
          ? { kind: "done", response: result.result.response, warnings: result.result.warnings }
          : { kind: "error", error: result.result.error }
        : result.buildError
          ? { kind: "error", error: buildFailure(result.buildError.message) }
          : { kind: "idle" };
      // The store keeps the console's tail only, in the result too: a store set walks all it is
      // given, and 200,000 entries took ~0.4 s of one task.
      const kept = keepConsole(result.console);
      setRuns(tabId, { state, result: { ...result, console: kept.console }, ...kept });
      await Promise.all([
        record(tabId, request, result),
        writeBack(scopes, result, ancestors.collection),
      ]);
      return result;
    } catch (error) {
      ctx.notify({ kind: "error", message: errorText("finish sending", error) });
      return undefined;
    } finally {
      if (controllers.get(tabId) === controller) controllers.delete(tabId);
    }
  }

  return {
    /** The tab's latest run, or an idle one. */
    run: (tabId: Id): TabRun => runs[tabId] ?? { state: { kind: "idle" }, console: [] },
    /** Whether the tab has a send in flight. */
    sending: (tabId: Id) => runs[tabId]?.state.kind === "loading",
    send,
    /** Cancels the tab's send in flight (the viewer then says "cancelled"). */
    cancel(tabId: Id) {
      controllers.get(tabId)?.abort();
    },
  };
}

/** The send store (see `createSendStore`). */
export type SendStore = ReturnType<typeof createSendStore>;
