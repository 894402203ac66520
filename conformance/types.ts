/** What both runners (Newman's and ours) record of a fixture run, in one comparable shape. */

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

/** Everything observed for one execution of an item (a request name is unique in its fixture). */
export interface ObservedExecution {
  name: string;
  /** 0-based iteration the item ran in. */
  iteration: number;
  assertions: ObservedAssertion[];
  console: ObservedConsole[];
  /** Script errors (messages differ by engine, so only their number is compared). */
  scriptErrors: string[];
  /** True when the request was sent (false: skipped by skipRequest). */
  sent: boolean;
  /** The request target the echo server received (its `target`), when it answered with one. */
  target?: string;
}

/** A whole run: executions in order and the final environment and globals. */
export interface Observation {
  executions: ObservedExecution[];
  environment: Record<string, unknown>;
  globals: Record<string, unknown>;
}

/** Newman's run options a fixture uses, by their meaning there. */
export interface FixtureOptions {
  iterations?: number;
  bail?: boolean;
  /** An iteration data file (JSON or CSV) in the fixture's folder. */
  data?: string;
}

/** A fixture: a collection plus the environment, globals, data and options it runs with. */
export interface Fixture {
  /** The fixture set (a folder under fixtures/). */
  set: string;
  name: string;
  collection: unknown;
  environment: unknown;
  globals: unknown;
  options: FixtureOptions;
  /** Absolute path of the iteration data file, when `options.data` names one. */
  dataFile?: string;
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

/** An empty record of one execution. */
export const emptyExecution = (name: string, iteration: number): ObservedExecution => ({
  name,
  iteration,
  assertions: [],
  console: [],
  scriptErrors: [],
  sent: false,
});

/** The `target` an echo server response body reports, if any. */
export function echoedTarget(body: Uint8Array | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as unknown;
    const target = (parsed as { target?: unknown } | null)?.target;
    return typeof target === "string" ? target : undefined;
  } catch {
    return undefined;
  }
}
