/**
 * Sending from the editor: one run of the core pipeline per Send (ARCHITECTURE.md — the Send
 * button is a run of one item). Keeps each tab's response state, cancels on request, and hands
 * each outcome (history entry, the scripts' variable changes) to the host, which writes it.
 */
import { createStore } from "solid-js/store";
import type { OAuth2TokenStore } from "../../core/auth/types";
import type { Deps } from "../../core/factory";
import type { SendError, Transport } from "../../core/http/transport";
import type { Collection, Environment, Globals, Id, Request } from "../../core/model";
import { runItem, scriptsFor } from "../../core/pipeline";
import type { ItemResult, RunItemInput, ScriptOwner } from "../../core/pipeline";
import type { ConsoleEntry, Sandbox, ScriptError } from "../../core/sandbox/types";
import { makeScopes } from "../../core/variables";
import type { ResponseState, SendPhase } from "./responseState";
import { errorText } from "../commands/errorText";
import type { Notify } from "./toasts";
import type { Ancestors, CookieJarPort, Outcomes, SentVia } from "./ports";
import { needsCookieJar } from "../../core/pipeline/cookies";
import { appendConsole, keepConsole } from "./consoleLog";

/** What the send store needs from the app. */
export interface SendContext {
  deps: Deps;
  /** The request's collection and folders, from what the app holds (see the host). */
  ancestors: (request: Request) => Promise<Ancestors>;
  /** Writes each finished Send's history entry and variable changes. */
  outcomes: Pick<Outcomes, "sent">;
  /** Which transport the next send goes through (the header's choice), for the response area. */
  via?: (collection?: Collection) => SentVia;
  /** The transport a collection's requests go through (its own choice over the header's). */
  transportFor?: (collection: Collection) => Transport;
  /** The workspace's cookie jar (loaded only when the Send can use it). */
  cookies?: CookieJarPort;
  /** Stored OAuth 2.0 tokens (the token manager), read and refreshed by the oauth2 scheme. */
  oauth2Tokens?: OAuth2TokenStore;
  transport: Transport;
  /** The script sandbox, when scripts are enabled (created lazily by the caller). */
  sandbox?: () => Sandbox | undefined;
  environment: () => Environment | undefined;
  globals: () => Globals | undefined;
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
  /** The transport the send went through. */
  via?: SentVia;
  /** The pre-request stage's errors, set as soon as that stage ends (shown above the response). */
  prerequestErrors?: ScriptError[];
}

/** The error the viewer shows when the request could not even be built. */
const buildFailure = (message: string): SendError => ({ code: "INVALID_URL", message });

/** Creates the send store. */
export function createSendStore(ctx: SendContext) {
  const [runs, setRuns] = createStore<Record<Id, TabRun>>({});
  const controllers = new Map<Id, AbortController>();

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
      via: undefined,
    });
    const current = () => controllers.get(tabId) === controller;
    // A store set merges (and deletes what is set to undefined): a phase without scripts drops
    // the last phase's.
    const phase = (next: SendPhase, scripts?: ScriptOwner[]) =>
      current() &&
      setRuns(tabId, "state", (s) => (s.kind === "loading" ? { ...s, phase: next, scripts } : s));
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
      const ancestors = await ctx.ancestors(request);
      const transport = ctx.transportFor?.(ancestors.collection) ?? ctx.transport;
      if (ctx.via && current()) setRuns(tabId, "via", ctx.via(ancestors.collection));
      // The rows the run reads; its variable changes are written back to these same rows.
      const started = {
        environment: ctx.environment(),
        collection: ancestors.collection,
        globals: ctx.globals(),
      };
      const scopes = makeScopes({
        globals: started.globals?.variables,
        collection: started.collection.variables,
        environment: started.environment?.variables,
      });
      const input: RunItemInput = {
        request,
        ancestors,
        scopes,
        transport,
        sandbox: ctx.sandbox?.(),
        deps: ctx.deps,
        signal: controller.signal,
        ...(ctx.oauth2Tokens ? { oauth2Tokens: ctx.oauth2Tokens } : {}),
      };
      const scripts = [...scriptsFor("prerequest", input), ...scriptsFor("test", input)];
      const jar =
        ctx.cookies && needsCookieJar(transport.capabilities, scripts)
          ? await ctx.cookies.open()
          : undefined;
      if (jar) input.cookies = jar;
      const scripted = (kind: "prerequest" | "test") =>
        input.sandbox !== undefined && scriptsFor(kind, input).length > 0;
      if (scripted("prerequest")) phase("prerequest");
      const result = await runItem(input, (event) => {
        if (event.type === "console") {
          if (logged.push(event.entry) === 1) queueMicrotask(flushConsole);
        } else if (event.type === "prerequest" && event.result.errors.length && current()) {
          setRuns(tabId, "prerequestErrors", event.result.errors);
        } else if (event.type === "scripts") {
          phase(event.kind === "test" ? "tests" : "prerequest", event.owners);
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
      const consoleTotal = Math.max(kept.consoleTotal, result.consoleTotal ?? 0);
      setRuns(tabId, {
        state,
        result: { ...result, console: kept.console },
        console: kept.console,
        consoleTotal,
      });
      await Promise.all([
        ctx.outcomes.sent({ tabId, request, result, started }),
        jar && ctx.cookies?.keep(jar.jar),
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
    /** Shows `state` in the tab's response pane without sending (a reopened history entry). */
    show(tabId: Id, state: ResponseState) {
      setRuns(tabId, {
        state,
        console: [],
        consoleTotal: 0,
        result: undefined,
        prerequestErrors: undefined,
        via: undefined,
      });
    },
    /** Cancels the tab's send in flight (the viewer then says "cancelled"). */
    cancel(tabId: Id) {
      controllers.get(tabId)?.abort();
    },
  };
}

/** The send store (see `createSendStore`). */
export type SendStore = ReturnType<typeof createSendStore>;
