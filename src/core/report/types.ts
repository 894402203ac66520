/**
 * What the report builders read: a compact record of a finished run, built from the runner's
 * event stream by the accumulator (./accumulator.ts). Plain data, so it crosses workers as is.
 */
import type { TimingPhases } from "../http/transport";
import type { RunSummary } from "../runner/types";
import type { Failure } from "./failures";

/** One assertion of an execution. */
export interface AssertionRecord {
  name: string;
  passed: boolean;
  skipped: boolean;
  error?: { name: string; message: string };
}

/** One executed item: the request as sent, the response's head, assertions and failures. */
export interface ExecutionRecord {
  iteration: number;
  /** 0-based position in the whole run. */
  index: number;
  item: { id: string; name: string };
  /** Folder names, outermost first. */
  path: string[];
  request?: { method: string; url: string; headers: [string, string][]; body?: string };
  response?: {
    code: number;
    status: string;
    headers: [string, string][];
    /** Present only when the accumulator was asked to keep bodies. */
    body?: string;
    timeMs: number;
    size: number;
    /** The phases of the exchange, when the transport measured them (Node, the agent). */
    timings?: TimingPhases;
  };
  /** Why no response came (network error, timeout…). */
  requestError?: { code: string; message: string };
  skipped: boolean;
  assertions: AssertionRecord[];
  failures: Failure[];
}

/** A whole run as the builders need it. */
export interface RunRecord {
  collection: { id: string; name: string };
  executions: ExecutionRecord[];
  /** Absent until the `done` event arrived. */
  summary?: RunSummary;
}

/** Names and final variables a report may include. */
export interface ReportContext {
  environmentName?: string;
  /** Write response bodies as Newman does, a byte array in `response.stream` (default: text). */
  bodiesAsBytes?: boolean;
  environment?: Record<string, unknown>;
  globals?: Record<string, unknown>;
}
