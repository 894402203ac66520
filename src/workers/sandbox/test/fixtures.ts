/** Shared fixtures for the sandbox tests: a context and a response to run scripts against. */
import type { HttpRequest } from "../../../core/http/transport";
import type { SandboxContext, ScriptKind, ScriptSource } from "../../../core/sandbox/types";

const encoder = new TextEncoder();

export const baseRequest = (): HttpRequest => ({
  method: "POST",
  url: "{{baseUrl}}/users/:id?page=2&q=a",
  headers: [
    ["Content-Type", "application/json"],
    ["X-Trace", "t1"],
  ],
  body: { kind: "text", text: '{"name":"Ada"}' },
});

/** A JSON response (200 OK) with a cookie. */
export function jsonResponse(
  body: unknown = { id: 7, name: "Ada", tags: ["a", "b"] },
  status = 200,
) {
  const text = JSON.stringify(body);
  return {
    status,
    statusText: status === 200 ? "OK" : "Not Found",
    headers: [
      ["Content-Type", "application/json; charset=utf-8"],
      ["Set-Cookie", "session=abc; Path=/; HttpOnly"],
    ] as [string, string][],
    body: encoder.encode(text),
    bodyText: text,
    timeMs: 42,
    url: "https://api.example.com/users/7",
    redirected: false,
  };
}

export function makeContext(kind: ScriptKind, over: Partial<SandboxContext> = {}): SandboxContext {
  return {
    scopes: {
      globals: { g: "global", shared: "from-global" },
      collection: { c: "collection", shared: "from-collection" },
      environment: { baseUrl: "https://api.example.com", shared: "from-env" },
      data: { row: 1 },
      local: {},
    },
    request: baseRequest(),
    ...(kind === "test" ? { response: jsonResponse() } : {}),
    info: {
      requestName: "Get user",
      requestId: "req-1",
      iteration: 0,
      iterationCount: 1,
      eventName: kind,
    },
    timeoutMs: 2000,
    ...over,
  };
}

/** One request-level script. */
export const one = (code: string, location = "request"): ScriptSource[] => [{ location, code }];
