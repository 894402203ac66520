import { describe, expect, it, vi } from "vitest";
import type { HttpRequest, SendResult } from "../../core/http/transport";
import type { FetchTransportOptions } from "./fetchTransport";
import { makeFetchTransport } from "./fetchTransport";

const PAGE = "https://satchel.example";
type Call = { url: string; init: RequestInit };

/** A fake fetch: records calls and answers with `answer`. */
function fakeFetch(answer: (call: Call) => Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return answer(call);
  });
  return { fetch, calls };
}

const transport = (fetch: FetchTransportOptions["fetch"], more: FetchTransportOptions = {}) =>
  makeFetchTransport({ fetch, pageOrigin: PAGE, isControlled: () => true, ...more });

const get = (url: string, headers: [string, string][] = []): HttpRequest => ({
  method: "GET",
  url,
  headers,
});

const errorOf = (r: SendResult) => {
  if (r.ok) throw new Error("expected a failure");
  return r.error;
};

describe("makeFetchTransport: success", () => {
  it("sends method, headers and body, and returns status, headers, bytes, timing", async () => {
    const { fetch, calls } = fakeFetch(() =>
      Promise.resolve(
        new Response("hello", { status: 201, statusText: "Created", headers: { "X-A": "1" } }),
      ),
    );
    let t = 100;
    const progress: number[] = [];
    const res = await transport(fetch, {
      now: () => (t += 25),
      onProgress: (p) => progress.push(p.received),
    }).send({
      method: "post",
      url: "https://api.example/items",
      headers: [["Content-Type", "application/json"]],
      body: { kind: "text", text: '{"a":1}' },
    });
    expect(res.ok && res.response).toMatchObject({
      status: 201,
      statusText: "Created",
      timeMs: 25,
    });
    if (!res.ok) return;
    expect(new TextDecoder().decode(res.response.body)).toBe("hello");
    expect(res.response.headers).toContainEqual(["x-a", "1"]);
    expect(res.warnings).toBeUndefined();
    expect(progress.at(-1)).toBe(5);
    const init = calls[0]?.init;
    expect(init?.method).toBe("POST");
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
    expect(init?.body).toBe('{"a":1}');
  });

  it("builds urlencoded and multipart bodies, with files from the resolver", async () => {
    const { fetch, calls } = fakeFetch(() => Promise.resolve(new Response("")));
    const t = transport(fetch, {
      resolveFile: (id) => Promise.resolve(id === "f1" ? new Blob(["abc"]) : undefined),
    });
    await t.send({
      method: "POST",
      url: "https://api.example/",
      headers: [],
      body: { kind: "urlencoded", fields: [["a b", "c&d"]] },
    });
    expect(String(calls[0]?.init.body)).toBe("a+b=c%26d");
    const multipart = (fileId: string): HttpRequest => ({
      method: "POST",
      url: "https://api.example/",
      headers: [["Content-Type", "multipart/form-data"]],
      body: {
        kind: "multipart",
        fields: [
          { type: "text", name: "n", value: "v" },
          { type: "file", name: "doc", fileId, fileName: "a.txt", contentType: "text/plain" },
        ],
      },
    });
    expect((await t.send(multipart("f1"))).ok).toBe(true);
    const form = calls[1]?.init.body as FormData;
    expect(form.get("n")).toBe("v");
    expect(await (form.get("doc") as File).text()).toBe("abc");
    expect((form.get("doc") as File).name).toBe("a.txt");
    // The browser must add the boundary itself, so a bare multipart type is not passed on.
    expect(new Headers(calls[1]?.init.headers).has("content-type")).toBe(false);
    expect(errorOf(await t.send(multipart("gone"))).message).toContain('"a.txt"');
  });

  it("lays out a multipart body itself when a text part names its own type", async () => {
    const { fetch, calls } = fakeFetch(() => Promise.resolve(new Response("")));
    const t = transport(fetch, { resolveFile: () => Promise.resolve(new Blob(["abc"])) });
    const res = await t.send({
      method: "POST",
      url: "https://api.example/",
      headers: [["Content-Type", "multipart/form-data"]],
      body: {
        kind: "multipart",
        fields: [
          { type: "text", name: "meta", value: '{"a":1}', contentType: "application/json" },
          { type: "file", name: "doc", fileId: "f1", fileName: "a.txt" },
        ],
      },
    });
    expect(res.ok).toBe(true);
    const init = calls[0]?.init;
    const type = new Headers(init?.headers).get("content-type") ?? "";
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(type)?.[1];
    expect(boundary).toBeTruthy();
    expect(await (init?.body as Blob).text()).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"a":1}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="doc"; filename="a.txt"\r\nContent-Type: application/octet-stream\r\n\r\nabc\r\n` +
        `--${boundary}--\r\n`,
    );
  });
});

describe("makeFetchTransport: checks before sending", () => {
  it("drops forbidden headers and names them in a warning", async () => {
    const { fetch, calls } = fakeFetch(() => Promise.resolve(new Response("")));
    const res = await transport(fetch).send(
      get("https://api.example/", [
        ["Cookie", "a=1"],
        ["X-Ok", "1"],
        ["Sec-Custom", "2"],
      ]),
    );
    expect(res.ok && res.warnings?.[0]).toMatchObject({
      code: "FORBIDDEN_HEADER",
      headers: ["Cookie", "Sec-Custom"],
    });
    expect(res.ok && res.warnings?.[0]?.hint).toMatch(/local agent/);
    const sent = new Headers(calls[0]?.init.headers);
    expect([...sent.keys()]).toEqual(["x-ok"]);
  });

  it("drops a body on GET with a warning", async () => {
    const { fetch, calls } = fakeFetch(() => Promise.resolve(new Response("")));
    const res = await transport(fetch).send({
      ...get("https://api.example/"),
      body: { kind: "text", text: "x" },
    });
    expect(res.ok && res.warnings?.[0]?.message).toMatch(/body with GET/);
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it("rejects invalid URLs and non-http schemes without fetching", async () => {
    const { fetch } = fakeFetch(() => Promise.resolve(new Response("")));
    const t = transport(fetch);
    expect(errorOf(await t.send(get("not a url"))).code).toBe("INVALID_URL");
    expect(errorOf(await t.send(get("ftp://host/x"))).code).toBe("INVALID_URL");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reports mixed content from an https page, but lets loopback through", async () => {
    const { fetch } = fakeFetch(() => Promise.resolve(new Response("")));
    const t = transport(fetch);
    const error = errorOf(await t.send(get("http://api.example/x")));
    expect(error.code).toBe("MIXED_CONTENT");
    expect(error.message).toContain("api.example:80");
    expect((await t.send(get("http://localhost:8080/x"))).ok).toBe(true);
    expect((await t.send(get("http://127.0.0.1:8080/x"))).ok).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
