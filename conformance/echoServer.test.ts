import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EchoServer } from "./echoServer";
import { startEchoServer } from "./echoServer";

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

const get = (path: string, init?: RequestInit) =>
  fetch(`${server.url}${path}`, { redirect: "manual", ...init });

describe("echo server", () => {
  it("echoes query and headers on /get", async () => {
    const res = await get("/get?a=1", { headers: { "X-One": "1" } });
    const body = (await res.json()) as { args: unknown; headers: Record<string, string> };
    expect(body.args).toEqual({ a: "1" });
    expect(body.headers["x-one"]).toBe("1");
  });

  it("echoes JSON and form bodies on /post", async () => {
    const json = await get("/post", { method: "POST", body: '{"x":1}' });
    expect(((await json.json()) as { json: unknown }).json).toEqual({ x: 1 });
    const form = await get("/post", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "a=b",
    });
    expect(((await form.json()) as { form: unknown }).form).toEqual({ a: "b" });
  });

  it("answers /status, /cookies/set, /cookies/raw, /xml, /html and /redirect", async () => {
    expect((await get("/status/418")).status).toBe(418);
    const cookie = await get("/cookies/set?sid=1");
    expect(cookie.headers.getSetCookie()).toEqual(["sid=1; Path=/"]);
    const raw = await get(`/cookies/raw?c=${encodeURIComponent("a=1; Path=/x")}&c=b%3D2`);
    expect(raw.headers.getSetCookie()).toEqual(["a=1; Path=/x", "b=2"]);
    expect(await (await get("/xml")).text()).toContain("<to>Ada</to>");
    expect((await get("/html")).headers.get("content-type")).toContain("text/html");
    expect((await get("/redirect")).headers.get("location")).toBe("/get?redirected=1");
    expect((await get("/nowhere")).status).toBe(404);
  });

  it("waits on /delay/:ms", async () => {
    const started = performance.now();
    const res = await get("/delay/30");
    expect(((await res.json()) as { delay: number }).delay).toBe(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
