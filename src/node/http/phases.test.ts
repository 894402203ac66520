/** The Node transport's timing phases and redirect hops, against local servers. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TimingPhases } from "../../core/http/transport";
import { makeNodeTransport } from "./nodeTransport";
import { startTlsUpstream, startUpstream } from "./test/servers";

let plain: Awaited<ReturnType<typeof startUpstream>>;
let secure: Awaited<ReturnType<typeof startTlsUpstream>>;

beforeAll(async () => {
  [plain, secure] = await Promise.all([startUpstream(), startTlsUpstream()]);
});
afterAll(async () => {
  await Promise.all([plain.close(), secure.close()]);
});

const sum = (t: TimingPhases) =>
  (t.redirectMs ?? 0) + t.dnsMs + t.connectMs + t.tlsMs + t.firstByteMs + t.downloadMs;

/** Every phase ≥ 0, and together they make the total (to rounding). */
function expectPlausible(t: TimingPhases | undefined): asserts t is TimingPhases {
  expect(t).toBeDefined();
  for (const v of Object.values(t as TimingPhases)) expect(v).toBeGreaterThanOrEqual(0);
  expect(Math.abs(sum(t as TimingPhases) - (t as TimingPhases).totalMs)).toBeLessThan(0.05);
}

describe("timing phases", () => {
  it("measures DNS, connect, TLS, first byte and download on a fresh https connection", async () => {
    // A server of this file's own: the first send must open a connection.
    const transport = makeNodeTransport({ tls: { verify: false } });
    const url = `https://localhost:${secure.port}/big?chunks=64`;
    const result = await transport.send({ method: "GET", url, headers: [] });
    if (!result.ok) throw new Error(result.error.message);
    const t = result.response.timings;
    expectPlausible(t);
    expect(t.connectMs).toBeGreaterThan(0);
    expect(t.tlsMs).toBeGreaterThan(0);
    expect(t.firstByteMs).toBeGreaterThan(0);
    expect(t.downloadMs).toBeGreaterThan(0);
    expect(t.redirectMs).toBe(0);
    expect(result.response.body.length).toBe(64 * 64 * 1024);

    // The same host again: the pooled connection needs no DNS, TCP or TLS.
    const again = await transport.send({ method: "GET", url, headers: [] });
    if (!again.ok) throw new Error(again.error.message);
    expectPlausible(again.response.timings);
    expect([again.response.timings.connectMs, again.response.timings.tlsMs]).toEqual([0, 0]);
  });

  it("reports no TLS phase for http and a lookup for a host name", async () => {
    const result = await makeNodeTransport().send({
      method: "GET",
      url: `http://localhost:${plain.port}/echo`,
      headers: [],
    });
    if (!result.ok) throw new Error(result.error.message);
    expectPlausible(result.response.timings);
    expect(result.response.timings.tlsMs).toBe(0);
    expect(result.response.timings.dnsMs).toBeGreaterThan(0);
  });
});

describe("redirect hops", () => {
  const transport = makeNodeTransport();

  it("records each hop of a followed chain: status, Location, headers, Set-Cookie", async () => {
    const result = await transport.send({ method: "GET", url: `${plain.url}/r/3`, headers: [] });
    if (!result.ok) throw new Error(result.error.message);
    const { redirects, status, url, redirected, timings } = result.response;
    expect([status, url, redirected]).toEqual([200, `${plain.url}/echo`, true]);
    expect(redirects?.map((h) => [h.url, h.status, h.location])).toEqual([
      [`${plain.url}/r/3`, 302, "/r/2"],
      [`${plain.url}/r/2`, 302, "/r/1"],
      [`${plain.url}/r/1`, 302, "/echo"],
    ]);
    expect(redirects?.[0]?.headers).toContainEqual(["Set-Cookie", "hop3=1"]);
    expect(redirects?.[2]?.headers).toContainEqual(["X-Hop", "1"]);
    expectPlausible(timings);
    expect(timings.redirectMs).toBeGreaterThan(0);
    for (const hop of redirects ?? []) expectPlausible(hop.timings);
  });

  it("returns the first 3xx with no hops when told not to follow", async () => {
    const result = await transport.send(
      { method: "GET", url: `${plain.url}/r/3`, headers: [] },
      { followRedirects: false },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.response.status).toBe(302);
    expect(result.response.headers).toContainEqual(["Location", "/r/2"]);
    expect(result.response.redirects).toEqual([]);
    expect(result.response.redirected).toBe(false);
  });

  it("fails past maxRedirects, as Newman and the Postman app do", async () => {
    const limited = makeNodeTransport({ maxRedirects: 1 });
    const result = await limited.send({ method: "GET", url: `${plain.url}/r/3`, headers: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe("TOO_MANY_REDIRECTS");
    expect(result.error.message).toBe(
      `Exceeded maxRedirects. Probably stuck in a redirect loop ${plain.url}/r/2`,
    );
  });

  it("resends the body on a 307", async () => {
    const result = await transport.send({
      method: "POST",
      url: `${plain.url}/r307`,
      headers: [],
      body: { kind: "text", text: "keep me" },
    });
    if (!result.ok) throw new Error(result.error.message);
    const echoed = JSON.parse(Buffer.from(result.response.body).toString()) as {
      method: string;
      length: number;
    };
    expect(echoed).toMatchObject({ method: "POST", length: 7 });
    expect(result.response.redirects?.[0]?.status).toBe(307);
  });
});
