/** A reporter listens to a run's events and writes its output when the run is done. */
import type { RunEvent } from "../../core/runner";

/** What every reporter implements; `finish` is called once, after the `done` event. */
export interface Reporter {
  onEvent(event: RunEvent): void;
  finish(): Promise<void>;
}

/** Names and final variables reporters may include. */
export interface ReportContext {
  collectionName: string;
  environmentName: string;
  /** JSON report bodies as byte arrays (Newman's form) instead of text. */
  bodiesAsBytes?: boolean;
  /** Final environment and globals, read at finish. */
  finalScopes(): { environment: Record<string, unknown>; globals: Record<string, unknown> };
}
