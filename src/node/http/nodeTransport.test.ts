import type { AddressInfo } from "node:net";
import http from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNodeTransport } from "./nodeTransport";

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (url.pathname === "/echo") {
        res.setHeader("Set-Cookie", ["a=1; Path=/", "b=2"]);
        res.setHeader("Content-Type", "application/json");
        res.end(
          JSON.stringify({
            method: req.method,
            rawHeaders: req.rawHeaders,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      } else if (url.pathname === "/redirect") {
        res.writeHead(302, { Location: "/echo?from=redirect" }).end();
      } else if (url.pathname === "/gzip") {
        res.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync("zipped"));
      } else if (url.pathname === "/slow") {
        setTimeout(() => res.end("late"), 2_000);
      } else {
        res.writeHead(418, "I'm a teapot").end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const text = (body: Uint8Array) => Buffer.from(body).toString("utf8");

describe("makeNodeTransport", () => {
  const transport = makeNodeTransport();

  it("sends any header (duplicates, Cookie) and a body, and sees Set-Cookie", async () => {
    const result = await transport.send({
      method: "POST",
      url: `${base}/echo`,
      headers: [
        ["X-A", "1"],
        ["x-a", "2"],
        ["Cookie", "c=3"],
      ],
      body: { kind: "urlencoded", fields: [["q", "a b&c"]] },
    });
    if (!result.ok) throw new Error(result.error.message);
    const echoed = JSON.parse(text(result.response.body)) as {
      method: string;
      rawHeaders: string[];
      body: string;
    };
    expect(echoed.method).toBe("POST");
    expect(echoed.rawHeaders.slice(0, 6)).toEqual(["X-A", "1", "x-a", "2", "Cookie", "c=3"]);
    expect(echoed.rawHeaders).toContain("application/x-www-form-urlencoded");
    expect(echoed.body).toBe("q=a%20b%26c");
    const cookies = result.response.headers.filter(([k]) => k.toLowerCase() === "set-cookie");
    expect(cookies.map(([, v]) => v)).toEqual(["a=1; Path=/", "b=2"]);
    expect(result.response.status).toBe(200);
    expect(result.response.timeMs).toBeGreaterThanOrEqual(0);
  });

  it("builds multipart bodies with a boundary", async () => {
    const result = await transport.send({
      method: "POST",
      url: `${base}/echo`,
      headers: [],
      body: { kind: "multipart", fields: [{ type: "text", name: "f", value: "v" }] },
    });
    if (!result.ok) throw new Error(result.error.message);
    const echoed = JSON.parse(text(result.response.body)) as { body: string };
    expect(echoed.body).toMatch(
      /^--(\S+)\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n--\1--\r\n$/,
    );
  });

  it("follows redirects unless told not to", async () => {
    const followed = await transport.send({ method: "GET", url: `${base}/redirect`, headers: [] });
    expect(followed.ok && [followed.response.status, followed.response.redirected]).toEqual([
      200,
      true,
    ]);
    expect(followed.ok && followed.response.url).toBe(`${base}/echo?from=redirect`);
    const stopped = await transport.send(
      { method: "GET", url: `${base}/redirect`, headers: [] },
      { followRedirects: false },
    );
    expect(stopped.ok && stopped.response.status).toBe(302);
  });

  it("keeps the reason phrase and decodes gzip", async () => {
    const teapot = await transport.send({ method: "GET", url: `${base}/nope`, headers: [] });
    expect(teapot.ok && [teapot.response.status, teapot.response.statusText]).toEqual([
      418,
      "I'm a teapot",
    ]);
    const zipped = await transport.send({ method: "GET", url: `${base}/gzip`, headers: [] });
    expect(zipped.ok && text(zipped.response.body)).toBe("zipped");
  });

  it("reports TIMEOUT, CANCELLED, INVALID_URL and UNREACHABLE as data", async () => {
    const get = { method: "GET", url: `${base}/slow`, headers: [] as [string, string][] };
    const timeout = await transport.send(get, { timeoutMs: 50 });
    expect(!timeout.ok && timeout.error.code).toBe("TIMEOUT");

    const controller = new AbortController();
    const pending = transport.send(get, { signal: controller.signal });
    controller.abort();
    const cancelled = await pending;
    expect(!cancelled.ok && cancelled.error.code).toBe("CANCELLED");

    const invalid = await transport.send({ method: "GET", url: "not a url", headers: [] });
    expect(!invalid.ok && invalid.error.code).toBe("INVALID_URL");
    const ftp = await transport.send({ method: "GET", url: "ftp://127.0.0.1/", headers: [] });
    expect(!ftp.ok && ftp.error.code).toBe("INVALID_URL");

    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await transport.send({
      method: "GET",
      url: `http://127.0.0.1:${port}/`,
      headers: [],
    });
    expect(!refused.ok && refused.error.code).toBe("UNREACHABLE");
  });

  it("declares what it can do", () => {
    expect(transport.capabilities).toMatchObject({ anyHeader: true, seesSetCookie: true });
  });
});
