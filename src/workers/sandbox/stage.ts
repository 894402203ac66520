/**
 * The JSON an execution starts from (what `begin` in the guest reads) and folding what `end`
 * returns — the script's changes to the request — into the request the next script sees. The
 * host checks the shape of what comes back; everything else a script did reached the collector
 * as it happened.
 */
import type { HttpBody, HttpRequest } from "../../core/http/transport";
import type { SandboxContext, ScopeSnapshot } from "../../core/sandbox/types";

/** The guest's `end()` output: only the request fields the script changed. */
export interface ExecutionEnd {
  request: { method?: unknown; url?: unknown; headers?: unknown; body?: unknown };
}

/** The `begin` input for one execution. The body stays on the host (see HostHooks.body). */
export function executionInput(
  context: SandboxContext,
  scopes: ScopeSnapshot,
  request: HttpRequest,
): string {
  const r = context.response;
  return JSON.stringify({
    scopes,
    request,
    info: context.info,
    description: context.description,
    // null: no jar, so pm.cookies falls back to the response's Set-Cookie headers.
    cookies: context.cookies ?? null,
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

const isPairs = (v: unknown): v is [string, string][] =>
  Array.isArray(v) &&
  v.every(
    (p) =>
      Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string",
  );

/** A body as the guest reports it, if it has a shape the transport understands. */
function validBody(v: unknown): HttpBody | undefined {
  if (!v || typeof v !== "object") return undefined;
  const kind = (v as { kind?: unknown }).kind;
  return typeof kind === "string" ? (v as HttpBody) : undefined;
}

/**
 * `request` with the script's reported changes applied (the same object when it changed
 * nothing). A field of the wrong type is ignored, so a guest cannot hand the transport garbage.
 */
export function applyEnd(request: HttpRequest, json: string): HttpRequest {
  const changes = (JSON.parse(json) as ExecutionEnd).request ?? {};
  const next: HttpRequest = { ...request };
  let changed = false;
  if (typeof changes.method === "string") {
    next.method = changes.method;
    changed = true;
  }
  if (typeof changes.url === "string") {
    next.url = changes.url;
    changed = true;
  }
  if (isPairs(changes.headers)) {
    next.headers = changes.headers;
    changed = true;
  }
  if (changes.body === null) {
    delete next.body;
    changed = true;
  } else if (validBody(changes.body)) {
    next.body = validBody(changes.body);
    changed = true;
  }
  return changed ? next : request;
}
