/**
 * The Node transport under Postman's protocolProfileBehavior, against a local server that
 * records every request: redirects as Newman's requester follows them (method, body,
 * Authorization, Referer, the limit), cookies set on a hop sent on the next one through the jar
 * port, Accept-Encoding and decoding as Newman, and the lenient HTTP parser.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpRequest, RedirectCookies, SendOptions } from "../../core/http/transport";
import { requestTarget } from "./exchange";
import { makeNodeTransport } from "./nodeTransport";

interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

let server: http.Server;
let base = "";
let other = ""; // the same server under another host name (localhost vs 127.0.0.1)
let seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      const headers: Record<string, string> = {};
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
        headers[req.rawHeaders[i]!.toLowerCase()] = req.rawHeaders[i + 1]!;
      }
      const entry = { method: req.method ?? "", path: req.url ?? "", headers, body: "" };
      entry.body = Buffer.concat(chunks).toString("utf8");
      seen.push(entry);
      const status = /^\/to\/(\d+)$/.exec(url.pathname);
      if (status) {
        const out: Record<string, string> = { Location: url.searchParams.get("url") ?? "/echo" };
        const cookie = url.searchParams.get("c");
        if (cookie) out["Set-Cookie"] = cookie;
        res.writeHead(Number(status[1]), out).end();
        return;
      }
      const encoding = /^\/enc\/(gzip|deflate|br)$/.exec(url.pathname)?.[1];
      const json = JSON.stringify(entry);
      if (encoding) {
        const encode =
          encoding === "gzip" ? gzipSync : encoding === "br" ? brotliCompressSync : deflateSync;
        res.writeHead(200, { "Content-Encoding": encoding }).end(encode(json));
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  other = `http://localhost:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const transport = makeNodeTransport();

/** Sends `request` and returns what the server saw, hop by hop. */
async function hops(request: Partial<HttpRequest> & { url: string }, options: SendOptions = {}) {
  seen = [];
  const result = await transport.send({ method: "GET", headers: [], ...request }, options);
  if (!result.ok) throw new Error(result.error.message);
  return seen;
}

const to = (status: number, target = "/echo", cookie?: string) =>
  `${base}/to/${status}?url=${encodeURIComponent(target)}${cookie ? `&c=${encodeURIComponent(cookie)}` : ""}`;

const post = { method: "POST", body: { kind: "text" as const, text: "payload" } };

describe("redirects as Newman follows them", () => {
  it.each([
    [301, "GET", ""],
    [302, "GET", ""],
    [303, "GET", ""],
    [307, "POST", "payload"],
    [308, "POST", "payload"],
    [300, "GET", ""],
  ])("a POST answered %i goes on as %s", async (status, method, body) => {
    const [, next] = await hops({
      ...post,
      url: to(status),
      headers: [["Content-Type", "text/plain"]],
    });
    expect([next?.method, next?.body]).toEqual([method, body]);
    expect(next?.headers["content-type"]).toBe(body ? "text/plain" : undefined);
  });

  it("keeps the method and body on every status with followOriginalHttpMethod", async () => {
    const [, next] = await hops({ ...post, url: to(302) }, { followOriginalHttpMethod: true });
    expect([next?.method, next?.body]).toEqual(["POST", "payload"]);
    expect(next?.headers["content-length"]).toBe("7");
  });

  it("keeps HEAD a HEAD", async () => {
    const [, next] = await hops({ method: "HEAD", url: to(303) });
    expect(next?.method).toBe("HEAD");
  });

  it("sends Referer: the previous URL on each hop, unless removeRefererHeaderOnRedirect", async () => {
    const first = to(302, to(301));
    const [a, b, c] = await hops({ url: first, headers: [["Referer", "https://mine.example/"]] });
    expect([a?.headers.referer, b?.headers.referer, c?.headers.referer]).toEqual([
      "https://mine.example/",
      first,
      `${base}/to/301?url=%2Fecho`,
    ]);
    const kept = await hops(
      { url: first, headers: [["Referer", "https://mine.example/"]] },
      { removeRefererHeaderOnRedirect: true },
    );
    expect(kept.map((h) => h.headers.referer)).toEqual(Array(3).fill("https://mine.example/"));
  });

  it("drops Authorization when the host name changes, unless followAuthorizationHeader", async () => {
    const auth: [string, string][] = [["Authorization", "Bearer t"]];
    const samePort = await hops({ url: to(302, `${base}/echo`), headers: auth });
    expect(samePort[1]?.headers.authorization).toBe("Bearer t");
    const moved = await hops({ url: to(302, `${other}/echo`), headers: auth });
    expect(moved[1]?.headers.authorization).toBeUndefined();
    expect(moved[1]?.headers.host).toBe(new URL(other).host);
    const followed = await hops(
      { url: to(302, `${other}/echo`), headers: auth },
      { followAuthorizationHeader: true },
    );
    expect(followed[1]?.headers.authorization).toBe("Bearer t");
  });

  it("fails past maxRedirects with Newman's message, and returns the 3xx when not following", async () => {
    const chain = to(302, to(302, to(302)));
    const r = await transport.send({ method: "GET", url: chain, headers: [] }, { maxRedirects: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: "NETWORK", reason: "TOO_MANY_REDIRECTS" });
    expect(r.error.message).toBe(
      `Exceeded maxRedirects. Probably stuck in a redirect loop ${to(302, to(302))}`,
    );
    const zero = await transport.send(
      { method: "GET", url: chain, headers: [] },
      { maxRedirects: 0 },
    );
    expect(zero.ok).toBe(false);
    const off = await transport.send(
      { method: "GET", url: chain, headers: [] },
      { followRedirects: false },
    );
    expect(off.ok && off.response.status).toBe(302);
  });
});

describe("cookies within a redirect chain", () => {
  /** A tiny jar: name=value per host, the user's own Cookie header in front (as the pipeline does). */
  function jar(user?: string) {
    const byHost = new Map<string, Map<string, string>>();
    const stored: [string, string[]][] = [];
    const port: RedirectCookies = {
      header(url) {
        const cookies = [...(byHost.get(new URL(url).hostname) ?? new Map<string, string>())];
        const own = cookies.map(([k, v]) => `${k}=${v}`).join("; ");
        return [user, own].filter(Boolean).join("; ") || undefined;
      },
      store(url, lines) {
        stored.push([url, [...lines]]);
        const host = new URL(url).hostname;
        const map = byHost.get(host) ?? new Map<string, string>();
        for (const line of lines) {
          const [pair = ""] = line.split(";");
          const at = pair.indexOf("=");
          map.set(pair.slice(0, at), pair.slice(at + 1));
        }
        byHost.set(host, map);
      },
    };
    return { port, stored };
  }

  it("stores a hop's Set-Cookie before the next hop, which sends it", async () => {
    const { port, stored } = jar("mine=1");
    const first = to(302, to(302, "/echo", "b=2; Path=/"), "a=1; Path=/");
    const got = await hops({ url: first, headers: [["Cookie", "mine=1"]] }, { cookies: port });
    expect(got.map((h) => h.headers.cookie)).toEqual(["mine=1", "mine=1; a=1", "mine=1; a=1; b=2"]);
    expect(stored.map(([url, lines]) => [url, lines])).toEqual([
      [first, ["a=1; Path=/"]],
      [to(302, "/echo", "b=2; Path=/"), ["b=2; Path=/"]],
    ]);
  });

  it("keeps the cookies of the redirect that went past maxRedirects", async () => {
    const { port, stored } = jar();
    const r = await transport.send(
      { method: "GET", url: to(302, "/echo", "late=1"), headers: [] },
      { cookies: port, maxRedirects: 0 },
    );
    expect(r.ok).toBe(false);
    expect(stored.map(([, lines]) => lines)).toEqual([["late=1"]]);
  });

  it("asks the jar for another host's cookies (and sends none it has not)", async () => {
    const { port } = jar();
    const got = await hops(
      { url: to(302, `${other}/echo`, "a=1"), headers: [["Cookie", "a=1"]] },
      { cookies: port },
    );
    expect(got[1]?.headers.cookie).toBeUndefined();
  });

  it("without a jar, a Cookie header stays on the same host only", async () => {
    const same = await hops({ url: to(302), headers: [["Cookie", "x=1"]] });
    expect(same[1]?.headers.cookie).toBe("x=1");
    const moved = await hops({ url: to(302, `${other}/echo`), headers: [["Cookie", "x=1"]] });
    expect(moved[1]?.headers.cookie).toBeUndefined();
  });
});

describe("compressed responses", () => {
  it.each(["gzip", "deflate", "br"])("asks for gzip, deflate, br and decodes %s", async (enc) => {
    const r = await transport.send({ method: "GET", url: `${base}/enc/${enc}`, headers: [] });
    if (!r.ok) throw new Error(r.error.message);
    const echoed = JSON.parse(Buffer.from(r.response.body).toString("utf8")) as Seen;
    expect(echoed.headers["accept-encoding"]).toBe("gzip, deflate, br");
    expect(r.response.headers).toContainEqual(["Content-Encoding", enc]);
  });

  it("keeps the request's own Accept-Encoding", async () => {
    const [first] = await hops({ url: `${base}/echo`, headers: [["accept-encoding", "identity"]] });
    expect(first?.headers["accept-encoding"]).toBe("identity");
  });
});

describe("insecureHTTPParser", () => {
  it("reads a response Node's strict parser refuses only when asked", async () => {
    const raw = net.createServer((socket) => {
      socket.once("data", () =>
        socket.end(
          "HTTP/1.1 200 OK\r\nX-Bad: a\u0001b\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
        ),
      );
    });
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/`;
    try {
      const strict = await transport.send({ method: "GET", url, headers: [] });
      expect(strict.ok).toBe(false);
      const lenient = await transport.send(
        { method: "GET", url, headers: [] },
        { insecureHTTPParser: true },
      );
      expect(lenient.ok && Buffer.from(lenient.response.body).toString()).toBe("ok");
    } finally {
      await new Promise((resolve) => raw.close(resolve));
    }
  });
});

describe("the request line as the URL is written (Newman keeps it)", () => {
  it("keeps dot segments and a bare question mark, and encodes what Node would refuse", async () => {
    const got = await hops({ url: `${base}/echo/a/../b/./c?` });
    expect(got[0]?.path).toBe("/echo/a/../b/./c?");
    expect(requestTarget("http://a", new URL("http://a"))).toBe("/");
    expect(requestTarget("http://a?x=1#f", new URL("http://a?x=1#f"))).toBe("/?x=1");
    expect(requestTarget("http://a/x y/é", new URL("http://a/x y/é"))).toBe("/x%20y/%C3%A9");
    expect(requestTarget("http://a\\b/c", new URL("http://a\\b/c"))).toBe("/b/c");
  });
});
