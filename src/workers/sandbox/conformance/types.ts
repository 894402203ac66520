/** What both harnesses record of a run, in one comparable shape. */

/** One assertion as reported: name, outcome, and the assertion error's message when failed. */
export interface ObservedAssertion {
  name: string;
  passed: boolean;
  skipped: boolean;
  error?: string;
}

/** One console call: level and its arguments rendered as text, joined by spaces. */
export interface ObservedConsole {
  level: string;
  text: string;
}

/** Everything observed for one request (by its unique name within the fixture). */
export interface ObservedRequest {
  name: string;
  assertions: ObservedAssertion[];
  console: ObservedConsole[];
  /** Script errors (messages differ by engine, so only their number is compared). */
  scriptErrors: string[];
  /** True when the request was sent (false: skipped by skipRequest, or not reached). */
  sent: boolean;
}

/** A whole run: requests in execution order and the final environment and globals. */
export interface Observation {
  requests: ObservedRequest[];
  environment: Record<string, unknown>;
  globals: Record<string, unknown>;
}

/** A fixture: a collection plus the environment and globals it runs with. */
export interface Fixture {
  name: string;
  collection: unknown;
  environment: unknown;
  globals: unknown;
}

/** Render one console argument as both sides compare it. */
export function consoleText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "boolean" || value === null)
    return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** An empty per-request record. */
export const emptyRequest = (name: string): ObservedRequest => ({
  name,
  assertions: [],
  console: [],
  scriptErrors: [],
  sent: false,
});
