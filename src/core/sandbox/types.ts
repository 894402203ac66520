/**
 * The Sandbox seam (../shared/ARCHITECTURE.md): runs one stage's scripts (pre-request or test,
 * collection → folders → request) and reports what they did as data. Implemented by the QuickJS
 * sandbox in src/workers/sandbox, called directly in Node and through Comlink in the browser.
 */
import type { CookieChange, CookieRecord, ScriptCookie } from "../cookies/types";
import type { HttpRequest, HttpResponse } from "../http/transport";
import type { Auth } from "../model";

export type ScriptKind = "prerequest" | "test";

/** Plain variable maps per scope, as the script sees them at the start of the stage. */
export interface ScopeSnapshot {
  globals: Record<string, unknown>;
  collection: Record<string, unknown>;
  environment: Record<string, unknown>;
  /** Iteration data row. */
  data: Record<string, unknown>;
  /** Local (pm.variables.set) values: live for the whole run. */
  local: Record<string, unknown>;
}

export interface ScriptSource {
  /** Where the script lives, for messages: "collection", "folder:<name>", "request". */
  location: string;
  code: string;
}

export interface SandboxContext {
  scopes: ScopeSnapshot;
  /** The request as it will be (pre-request) or was (test) sent. */
  request: HttpRequest;
  /**
   * Present for test scripts. The sandbox decodes `body` itself when a script reads it (so a
   * 50 MB response costs no main-thread decode); `bodyText`, when given, is used instead.
   */
  response?: HttpResponse & { bodyText?: string };
  info: {
    requestName: string;
    requestId: string;
    iteration: number;
    iterationCount: number;
    eventName: ScriptKind;
  };
  /**
   * `pm.cookies`: the jar's cookies for the URL that answered (test scripts, as Newman), or an
   * empty list before the request. Absent: there is no jar, and `pm.cookies` lists the
   * response's Set-Cookie headers.
   */
  cookies?: ScriptCookie[];
  /**
   * The jar `pm.cookies.jar()` works on: its cookies as the stage starts, and the domains scripts
   * may reach (absent: every domain, as Newman; see core/cookies/access.ts). The sandbox reports
   * what the scripts changed as `SandboxResult.cookieChanges`. Absent: jar calls fail.
   */
  cookieJar?: { cookies: CookieRecord[]; allowedDomains?: readonly string[] };
  /**
   * `pm.request.description`, as postman-collection's Description ({content, type}); absent when
   * the request has none (see ./requestInfo.ts).
   */
  description?: { content: string; type?: string };
  /** The auth that applies to the request (its own or inherited): `pm.request.auth`. */
  auth?: Auth;
  /** Per script, milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Bytes. Default 64 MiB. */
  memoryLimitBytes?: number;
}

export interface AssertionResult {
  name: string;
  passed: boolean;
  skipped: boolean;
  error?: { name: string; message: string };
  /** Script location it came from. */
  location: string;
  /**
   * When it was reported, relative to the console entries' `seq` of the same sandbox: a script's
   * console lines and assertions interleave by it, as Newman prints them.
   */
  seq?: number;
}

/**
 * One console argument as the script passed it, kept JSON-safe across the sandbox boundary so a
 * host can show it as Newman does (`200`, `{ a: 1 }`) rather than as text. Functions arrive as the
 * string Newman's sandbox sends (`[Function: name]`), errors as their name and message (Newman
 * shows `{ type: 'Error', name, message }`), class instances as plain objects. `ref`: an object or array met again (a cycle or a
 * shared reference), by the `id` it carries where first met. `cut`: the rest of a value past the
 * per-call size cap (see src/workers/sandbox/guest/consoleValue.ts).
 */
export type ConsoleValue =
  | { t: "string"; v: string }
  | { t: "number"; v: number | "NaN" | "Infinity" | "-Infinity" }
  | { t: "boolean"; v: boolean }
  | { t: "null" }
  | { t: "undefined" }
  | { t: "bigint"; v: string }
  | { t: "symbol"; v: string }
  | { t: "date"; v: string }
  | { t: "regexp"; v: string }
  | { t: "error"; name: string; message: string }
  /** `more`: items past the first 101 (Newman's reporter shows 100), not sent. */
  | { t: "array"; id: number; items: ConsoleValue[]; more?: number }
  /** `more`: properties left off at the size cap. */
  | { t: "object"; id: number; entries: [string, ConsoleValue][]; more?: number }
  | { t: "ref"; id: number }
  | { t: "cut" };

export interface ConsoleEntry {
  level: "log" | "info" | "warn" | "error" | "debug";
  /** Each argument as text (what the UI console shows). */
  args: string[];
  /**
   * Each argument with its type. Absent when every argument is a string (`args` are then the
   * values) and from older results.
   */
  values?: ConsoleValue[];
  at: number;
  location: string;
  /** When it was logged, relative to assertions' `seq` (see AssertionResult). */
  seq?: number;
}

export type ScriptErrorCode = "SYNTAX" | "RUNTIME" | "TIMEOUT" | "OUT_OF_MEMORY" | "STACK_OVERFLOW";

export interface ScriptError {
  code: ScriptErrorCode;
  message: string;
  location: string;
  /** 1-based line in the user's script, when known. */
  line?: number;
}

export interface SandboxResult {
  assertions: AssertionResult[];
  console: ConsoleEntry[];
  /** Entries the stage logged in all, when `console` holds only the last ones (./console.ts). */
  consoleTotal?: number;
  /** Final values of each scope after the stage (only changed scopes need be present). */
  scopes: ScopeSnapshot;
  /** The request after pre-request mutations. */
  request: HttpRequest;
  /** undefined: not called; null: setNextRequest(null). */
  nextRequest?: string | null;
  skipRequest: boolean;
  visualizer?: { template: string; data: unknown; options?: unknown };
  errors: ScriptError[];
  /**
   * What the stage's `pm.cookies.jar()` calls (and `pm.sendRequest` responses) changed in the
   * jar, oldest first, each checked by the sandbox's host side with tough-cookie's rules.
   */
  cookieChanges?: CookieChange[];
}

export interface Sandbox {
  run(kind: ScriptKind, scripts: ScriptSource[], context: SandboxContext): Promise<SandboxResult>;
}
