/**
 * Inputs, events and summary of a collection run (../../../../shared/postman-semantics.md, Runs).
 * Events stream out one by one; the core keeps no list of results, so memory stays bounded.
 */
import type { Deps } from "../factory";
import type { AbortSignalLike, Transport } from "../http/transport";
import type { Collection, Folder, Id, Request, Variable } from "../model";
import type { ItemResult, RunItemInput } from "../pipeline/types";
import type { ExecutionRecord } from "../report/types";
import type { Sandbox } from "../sandbox/types";
import type { VariableScopes } from "../variables/scopes";

/** Newman's run options, by their meaning there. */
export interface RunOptions {
  /** Default: the number of data rows, else 1. */
  iterations?: number;
  /** A folder (or request) id, Postman id or name: run only that part. */
  folder?: string;
  /** Pause between requests. */
  delayRequestMs?: number;
  /** Overrides every request's timeout. */
  timeoutRequestMs?: number;
  /** Overrides the collection's per-script deadline. */
  timeoutScriptMs?: number;
  /** Stop after the first item with a failure. */
  bail?: boolean;
  /** Keep response bodies in item events (default: dropped, only their size is kept). */
  keepBodies?: boolean;
}

/** Everything a run needs; the host supplies transport, sandbox, deps (and optionally sleep). */
export interface RunInput {
  collection: Collection;
  folders: readonly Folder[];
  requests: readonly Request[];
  environment?: { variables: readonly Variable[] };
  globals?: { variables: readonly Variable[] };
  iterationData?: Record<string, unknown>[];
  options: RunOptions;
  transport: Transport;
  sandbox?: Sandbox;
  deps: Deps;
  signal?: AbortSignalLike;
  /** How to wait for `delayRequestMs` (hosts pass a timer; tests a fake). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Awaited before every request: a host that pauses the run returns a promise that settles on
   * resume (the browser runner's Pause). Resolve at once to keep going.
   */
  pause?: () => Promise<void>;
  /**
   * One cookie jar for the whole run, as Newman keeps one (see RunItemInput.cookies); the host
   * reads it afterwards (`--export-cookie-jar`, storage).
   */
  cookies?: RunItemInput["cookies"];
  /** Stored OAuth 2.0 tokens (the browser's token manager); absent in `satchel run`. */
  oauth2Tokens?: RunItemInput["oauth2Tokens"];
}

/** Counts of a run: requests, assertions, script errors. */
export interface RunStats {
  iterations: number;
  items: { total: number; failed: number; skipped: number };
  requests: { total: number; failed: number };
  assertions: { total: number; failed: number; skipped: number };
  scriptErrors: number;
}

/** Clock readings and response-time figures (milliseconds). */
export interface RunTimings {
  started: number;
  completed: number;
  responseTotal: number;
  responseMin: number;
  responseMax: number;
  responseCount: number;
}

/** What a finished run reports. */
export interface RunSummary {
  stats: RunStats;
  timings: RunTimings;
  /** Scopes at the end (environment, globals and collection persist across the run). */
  scopes: VariableScopes;
  /** Why the run ended early, if it did. */
  stopped?: "bail" | "aborted";
  /** Any assertion, script or request failed. */
  failed: boolean;
}

/** One item's outcome as the runner streams it. */
export interface ItemEvent {
  type: "item";
  iteration: number;
  /** 0-based position of this execution in the whole run. */
  index: number;
  request: { id: string; name: string };
  /** Folder names, outermost first. */
  path: string[];
  /** Response bodies are emptied unless `keepBodies`; `bodySize` keeps the length. */
  result: ItemResult;
  bodySize: number;
  /** An assertion, script or request failed. */
  failed: boolean;
}

/** The events of a run, in order. */
export type RunEvent =
  | { type: "start"; collection: { id: string; name: string }; iterations: number; items: number }
  | { type: "iteration"; index: number; count: number; data: Record<string, unknown> }
  | ItemEvent
  | { type: "done"; summary: RunSummary };

/**
 * A finished collection run as the runner view keeps it (see `Repos.runs`): counts, timings and
 * the compact per-request records the report builders read (heads and assertions, no bodies).
 */
export interface StoredRun {
  id: Id;
  collectionId: Id;
  collectionName: string;
  /** The collection, or the folder that was run. */
  target: { kind: "collection" | "folder"; id: Id; name: string };
  environmentName?: string;
  startedAt: number;
  stats: RunStats;
  timings: RunTimings;
  stopped?: "bail" | "aborted";
  failed: boolean;
  executions: ExecutionRecord[];
}
