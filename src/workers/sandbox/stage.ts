/**
 * The JSON a stage starts from (what `begin` in the guest reads) and folding what `end` returns
 * back into the host's SandboxResult fields.
 */
import type { HttpBody, HttpRequest } from "../../core/http/transport";
import type { SandboxContext, ScopeSnapshot } from "../../core/sandbox/types";

/** What the stage has produced so far; survives an engine being replaced mid-stage. */
export interface StageState {
  scopes: ScopeSnapshot;
  request: HttpRequest;
  nextRequest?: string | null;
  skipRequest: boolean;
  visualizer?: { template: string; data: unknown; options?: unknown };
}

/** Bits of an AssertionRow's flags (the guest's recordTest uses the same numbers). */
export const ASSERTION_PASSED = 1;
export const ASSERTION_SKIPPED = 2;
export const ASSERTION_ERROR = 4;

/** One test result as the guest reports it: [name, flags, error name, error message, script]. */
export type AssertionRow = [string, number, string, string, string];

/** The guest's `end()` output. */
export interface StageEnd {
  /** The stage's test results, in the order they completed. */
  assertions?: AssertionRow[];
  /** Only the scopes the stage wrote to. */
  scopes: Partial<ScopeSnapshot>;
  skip: boolean;
  request: { method?: string; url?: string; headers?: [string, string][]; body?: HttpBody | null };
  nextRequest?: string | null;
  visualizer?: { template: string; data: unknown; options?: unknown };
}

/** The `begin` input for a stage in `state`. The body stays on the host (see HostHooks.body). */
export function stageInput(context: SandboxContext, state: StageState): string {
  const r = context.response;
  return JSON.stringify({
    scopes: state.scopes,
    request: state.request,
    info: context.info,
    cookies: context.cookies ?? [],
    auth: context.auth,
    response: r
      ? {
          code: r.status,
          status: r.statusText,
          headers: r.headers,
          responseTime: r.timeMs,
          responseSize: r.body.byteLength,
        }
      : undefined,
  });
}

/** `state` with the guest's end-of-stage report applied. */
export function applyEnd(state: StageState, end: StageEnd): StageState {
  const request: HttpRequest = { ...state.request };
  const changes = end.request;
  if (changes.method !== undefined) request.method = changes.method;
  if (changes.url !== undefined) request.url = changes.url;
  if (changes.headers !== undefined) request.headers = changes.headers;
  if (changes.body === null) delete request.body;
  else if (changes.body !== undefined) request.body = changes.body;
  const changed = Object.keys(changes).length > 0;
  return {
    scopes: { ...state.scopes, ...end.scopes },
    request: changed ? request : state.request,
    skipRequest: state.skipRequest || end.skip,
    nextRequest: "nextRequest" in end ? end.nextRequest : state.nextRequest,
    ...(end.visualizer
      ? { visualizer: end.visualizer }
      : state.visualizer
        ? { visualizer: state.visualizer }
        : {}),
  };
}
