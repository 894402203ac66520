import { afterEach, describe, expect, it, vi } from "vitest";
import type { HttpRequest, SendResult } from "../../core/http/transport";
import type { FetchTransportOptions } from "./fetchTransport";
import { makeFetchTransport } from "./fetchTransport";

const PAGE = "https://satchel.example";
type Call = { url: string; init: RequestInit };

function fakeFetch(answer: (call: Call) => Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer({ url, init });
  });
  return { fetch, calls };
}

const transport = (fetch: FetchTransportOptions["fetch"], more: FetchTransportOptions = {}) =>
  makeFetchTransport({ fetch, pageOrigin: PAGE, isControlled: () => true, ...more });

const errorOf = (r: SendResult) => {
  if (r.ok) throw new Error("expected a failure");
  return r.error;
};

/** fetch's TypeError for the request itself; the no-cors probe resolves or rejects. */
const blocked = (probe: "resolves" | "rejects") =>
  fakeFetch(({ init }) =>
    init.mode === "no-cors" && probe === "resolves"
      ? Promise.resolve(new Response(null, { status: 200 }))
      : Promise.reject(new TypeError("Failed to fetch")),
  );

/** Never answers; rejects when its signal aborts, as fetch does. */
const hanging = () =>
  fakeFetch(
    ({ init }) =>
      new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError")),
        ),
      ),
  );

afterEach(() => vi.useRealTimers());

describe("CORS diagnosis", () => {
  it("probes with no-cors and, when the server answers, names Allow-Origin for a simple request", async () => {
    const { fetch, calls } = blocked("resolves");
    const error = errorOf(
      await transport(fetch).send({ method: "GET", url: "https://api.example/x", headers: [] }),
    );
    expect(error.code).toBe("CORS_BLOCKED");
    expect(error.message).toContain(`Access-Control-Allow-Origin: ${PAGE}`);
    expect(error.message).not.toContain("preflight");
    expect(error.hint).toMatch(/local agent or `satchel run`/);
    expect(calls[1]?.init).toMatchObject({ mode: "no-cors", credentials: "omit", method: "HEAD" });
    expect(calls[1]?.url).toBe("https://api.example/x");
  });

  it("names the preflight's methods and headers for a non-simple request", async () => {
    const { fetch } = blocked("resolves");
    const req: HttpRequest = {
      method: "PUT",
      url: "https://api.example/x",
      headers: [
        ["Accept", "application/json"],
        ["X-Api-Key", "k"],
        ["Content-Type", "application/json"],
        ["Cookie", "dropped"],
      ],
      body: { kind: "text", text: "{}" },
    };
    const { message } = errorOf(await transport(fetch).send(req));
    expect(message).toContain("Access-Control-Allow-Methods: PUT");
    expect(message).toContain("Access-Control-Allow-Headers: X-Api-Key, Content-Type");
    expect(message).toContain("preflight");
    expect(message).not.toContain("Cookie");
  });

  it("does not ask for Allow-Methods when only a header triggers the preflight", async () => {
    const { fetch } = blocked("resolves");
    const { message } = errorOf(
      await transport(fetch).send({
        method: "POST",
        url: "https://api.example/x",
        headers: [["Content-Type", "text/plain"]],
        body: { kind: "text", text: "x" },
      }),
    );
    expect(message).not.toContain("Allow-Methods");
    expect(message).not.toContain("Allow-Headers");
  });

  it("reports UNREACHABLE with host:port when the probe fails too", async () => {
    const { fetch } = blocked("rejects");
    const req = { method: "GET", url: "http://127.0.0.1:9/x", headers: [] };
    const error = errorOf(await transport(fetch).send(req));
    expect(error.code).toBe("UNREACHABLE");
    expect(error.message).toContain("127.0.0.1:9");
    expect(error.message).toMatch(/Is the server running/);
    const offline = errorOf(await transport(fetch, { isOnline: () => false }).send(req));
    expect(offline.message).toMatch(/offline/);
  });
});

describe("timeout and cancel", () => {
  it("times out with the number of seconds and where to raise it", async () => {
    vi.useFakeTimers();
    const { fetch } = hanging();
    const pending = transport(fetch).send(
      { method: "GET", url: "https://api.example/slow", headers: [] },
      { timeoutMs: 1500 },
    );
    await vi.advanceTimersByTimeAsync(1500);
    const error = errorOf(await pending);
    expect(error).toMatchObject({ code: "TIMEOUT", message: "No response within 1.5 s." });
    expect(error.hint).toMatch(/Settings/);
  });

  it("cancels when the caller aborts, and before sending when already aborted", async () => {
    const { fetch } = hanging();
    const t = transport(fetch);
    const controller = new AbortController();
    const pending = t.send(
      { method: "GET", url: "https://api.example/slow", headers: [] },
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    controller.abort();
    expect(errorOf(await pending).code).toBe("CANCELLED");
    const again = await t.send(
      { method: "GET", url: "https://api.example/", headers: [] },
      { signal: controller.signal },
    );
    expect(errorOf(again).code).toBe("CANCELLED");
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("reports a broken download as NETWORK", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start: (c) => c.error(new Error("reset")),
    });
    const { fetch } = fakeFetch(() => Promise.resolve(new Response(stream)));
    const error = errorOf(
      await transport(fetch).send({ method: "GET", url: "https://api.example/", headers: [] }),
    );
    expect(error.code).toBe("NETWORK");
    expect(error.message).toMatch(/reset/);
  });
});

describe("echo fallback", () => {
  const echoReq: HttpRequest = {
    method: "POST",
    url: `${PAGE}/echo/post?x=1`,
    headers: [["Content-Type", "application/json"]],
    body: { kind: "text", text: '{"a":1}' },
  };

  it("answers the app's /echo in-page when no service worker controls the page", async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError("no network")));
    const res = await transport(fetch, { isControlled: () => false }).send(echoReq);
    expect(fetch).not.toHaveBeenCalled();
    if (!res.ok) throw new Error(res.error.message);
    const doc = JSON.parse(new TextDecoder().decode(res.response.body)) as Record<string, unknown>;
    expect(doc).toMatchObject({ method: "POST", path: "/echo/post", json: { a: 1 } });
    expect(doc.query).toEqual({ x: "1" });
  });

  it("leaves /echo to the network once a service worker controls the page", async () => {
    const { fetch } = fakeFetch(() => Promise.resolve(new Response("from sw")));
    const res = await transport(fetch, { isControlled: () => true }).send(echoReq);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(res.ok && new TextDecoder().decode(res.response.body)).toBe("from sw");
  });
});
