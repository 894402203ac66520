/**
 * What the stores ask of the browser host (src/ui/host), as narrow ports: the stores run the
 * pipeline and keep UI state; the host reads and writes storage. Types only.
 */
import type { CookieJar } from "../../core/cookies/types";
import type { TransportCapabilities } from "../../core/http/transport";
import type { Collection, Folder, Id, Request } from "../../core/model";
import type { ItemResult } from "../../core/pipeline";
import type { StoredRun } from "../../core/runner/types";
import type { VariableScopes, WriteBackRows } from "../../core/variables";

/** A request's collection and folder chain, outermost first. */
export interface Ancestors {
  collection: Collection;
  folders: Folder[];
}

/** What one Send produced, as the send store hands it over. */
export interface SendOutcome {
  /** The tab that sent (history entries point back at it). */
  tabId: Id;
  request: Request;
  result: ItemResult;
  /** The rows the run read its variables from; its changes are written back to them. */
  started: WriteBackRows;
}

/** What one collection run produced. */
export interface RunOutcome {
  run: StoredRun;
  started: WriteBackRows;
  scopes: VariableScopes;
}

/** Applies outcomes to storage: the host's `makeOutcomes` is the only implementation. */
export interface Outcomes {
  /** Adds the history entry and keeps the scripts' variable values; rejects if either failed. */
  sent(outcome: SendOutcome): Promise<void>;
  /** Keeps the run's variable values. */
  ranVariables(outcome: RunOutcome): Promise<void>;
  /** Stores the finished run (the runner's "Previous runs"). */
  ranRecord(outcome: RunOutcome): Promise<void>;
}

/** The workspace's cookie jar for one Send or run (the host loads and writes it). */
export interface CookieJarPort {
  open(): Promise<{ jar: CookieJar; scriptDomains: readonly string[] }>;
  /** Writes what the Send or run changed in the jar. */
  keep(jar: CookieJar): Promise<void>;
}

/** Which transport a send went through, as the response area names it. */
export interface SentVia {
  name: "fetch" | "agent" | "proxy";
  /** e.g. "Local agent". */
  label: string;
  capabilities: TransportCapabilities;
}

/** The rows a collection run needs: its collection's whole tree. */
export interface RunTree {
  collection: Collection;
  folders: Folder[];
  requests: Request[];
}
