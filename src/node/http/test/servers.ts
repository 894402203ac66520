/**
 * Local servers for the Node transport's and the agent's tests, on 127.0.0.1 ephemeral ports:
 * an upstream API (echo, cookies, redirect chains, big and endless bodies, upload hashing),
 * optionally over TLS with the test certificate, and a forward HTTP proxy (absolute-form and
 * CONNECT) that counts what passed through it.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import net from "node:net";
import { deflateRawSync, gzipSync } from "node:zlib";
import { TEST_CERT, TEST_KEY } from "./selfSigned";

/** A started server, its base URL, and a way to stop it. */
export interface Started<S> {
  server: S;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listen on 127.0.0.1:0. */
export async function start<S extends http.Server>(
  server: S,
  scheme = "http",
): Promise<Started<S>> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `${scheme}://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A deterministic chunk of 64 KiB for generated bodies. */
export const CHUNK = Buffer.alloc(64 * 1024, "satchel-0123456789abcdef");

/** What the upstream saw: each endless response that closed before it finished. */
export interface UpstreamEvents {
  /** Resolves when an `/endless` response is closed by the client side. */
  endlessClosed: Promise<{ finished: boolean; sent: number }>;
}

/** The upstream API's request handler, and its events. */
export function upstreamHandler(): { handler: http.RequestListener; events: UpstreamEvents } {
  let closed!: (v: { finished: boolean; sent: number }) => void;
  const events: UpstreamEvents = { endlessClosed: new Promise((r) => (closed = r)) };
  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const hash = createHash("sha256");
    let length = 0;
    const kept: Buffer[] = [];
    const keep = url.searchParams.has("body");
    req.on("data", (c: Buffer) => {
      hash.update(c);
      length += c.length;
      if (keep) kept.push(c);
    });
    req.on("end", () => {
      const path = url.pathname;
      const chain = /^\/r\/(\d+)$/.exec(path);
      if (path === "/echo") {
        res.setHeader("Content-Type", "application/json");
        const body = keep ? { body: Buffer.concat(kept).toString("utf8") } : {};
        res.end(
          JSON.stringify({
            method: req.method,
            rawHeaders: req.rawHeaders,
            url: req.url,
            length,
            sha256: hash.digest("hex"),
            ...body,
          }),
        );
      } else if (path === "/cookies") {
        res.setHeader("Set-Cookie", ["a=1; Path=/", "b=2; HttpOnly", "c=3"]);
        res.end("cookies");
      } else if (chain) {
        const n = Number(chain[1]);
        const next = n > 1 ? `/r/${n - 1}` : "/echo";
        res
          .writeHead(302, "Found", {
            Location: next,
            "X-Hop": String(n),
            "Set-Cookie": `hop${n}=1`,
          })
          .end();
      } else if (path === "/to") {
        res.writeHead(302, { Location: url.searchParams.get("url") ?? "/" }).end();
      } else if (path === "/r307") {
        res.writeHead(307, { Location: "/echo" }).end();
      } else if (path === "/gzip") {
        res.writeHead(200, { "Content-Encoding": "gzip" }).end(gzipSync("zipped"));
      } else if (path === "/badgzip") {
        res.writeHead(200, { "Content-Encoding": "gzip" }).end("not gzip at all");
      } else if (path === "/deflate-raw") {
        res.writeHead(200, { "Content-Encoding": "deflate" }).end(deflateRawSync("raw deflate"));
      } else if (path === "/big") {
        const chunks = Number(url.searchParams.get("chunks") ?? "16");
        res.writeHead(200, {
          "Content-Type": "application/octet-stream",
          "Content-Length": String(chunks * CHUNK.length),
        });
        let sent = 0;
        const pump = () => {
          while (sent < chunks) {
            sent++;
            if (!res.write(CHUNK)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
      } else if (path === "/endless") {
        res.writeHead(200, { "Content-Type": "application/octet-stream" });
        let sent = 0;
        res.once("close", () => closed({ finished: res.writableFinished, sent }));
        const pump = () => {
          while (!res.destroyed) {
            sent += CHUNK.length;
            if (!res.write(CHUNK)) return void res.once("drain", pump);
          }
        };
        pump();
      } else if (path === "/slow") {
        setTimeout(() => res.end("late"), 2_000).unref();
      } else {
        res.writeHead(404).end("no such path");
      }
    });
  };
  return { handler, events };
}

/** The upstream API over http. */
export async function startUpstream() {
  const { handler, events } = upstreamHandler();
  const started = await start(http.createServer(handler));
  return { ...started, events };
}

/** The upstream API over https with the self-signed test certificate; `clientCa` asks for and
 * checks a client certificate (the echo then says whether it was authorized). */
export async function startTlsUpstream(options: { clientCa?: string } = {}) {
  const { handler, events } = upstreamHandler();
  const server = https.createServer(
    {
      cert: TEST_CERT,
      key: TEST_KEY,
      ...(options.clientCa
        ? { requestCert: true, rejectUnauthorized: false, ca: options.clientCa }
        : {}),
    },
    (req, res) => {
      if (options.clientCa)
        res.setHeader(
          "X-Client-Authorized",
          String((req.socket as unknown as { authorized: boolean }).authorized),
        );
      handler(req, res);
    },
  );
  const started = await start(server, "https");
  return { ...started, events };
}

/** A forward proxy: absolute-form http requests and CONNECT tunnels, each recorded. */
export async function startForwardProxy(options: { requireAuth?: string } = {}) {
  const seen: { method: string; target: string; auth?: string }[] = [];
  const server = http.createServer((req, res) => {
    const auth = req.headers["proxy-authorization"];
    seen.push({ method: req.method ?? "", target: req.url ?? "", ...(auth ? { auth } : {}) });
    if (options.requireAuth && auth !== options.requireAuth) {
      res.writeHead(407).end();
      return;
    }
    const target = new URL(req.url ?? "");
    const headers = { ...req.headers };
    delete headers["proxy-authorization"];
    const upstream = http.request(target, { method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.statusMessage, up.rawHeaders);
      up.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const tunnels = new Set<Socket>();
  server.on("connect", (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    tunnels.add(client);
    const auth = req.headers["proxy-authorization"];
    seen.push({ method: "CONNECT", target: req.url ?? "", ...(auth ? { auth } : {}) });
    const [host, port] = (req.url ?? "").split(/:(?=\d+$)/);
    const upstream = net.connect(Number(port), host, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
    client.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
  });
  const started = await start(server);
  const close = () => {
    for (const s of tunnels) s.destroy();
    return started.close();
  };
  return { ...started, close, seen };
}
