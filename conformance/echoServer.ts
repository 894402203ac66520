/**
 * The conformance fixtures' server: node:http on 127.0.0.1 (a free port), answering like a tiny
 * httpbin. Both Newman and our stack are pointed at it through `{{baseUrl}}`.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { TEST_CERT, TEST_KEY } from "../src/node/http/test/selfSigned";
import { authRoute } from "./authServer";

/**
 * A running echo server; `close()` ends open connections too. `tlsUrl` answers the same over
 * https with a self-signed certificate (`{{tlsBaseUrl}}`: strictSSL fixtures).
 */
export interface EchoServer {
  url: string;
  tlsUrl: string;
  close(): Promise<void>;
}

/** Lower-cased request headers (the first value of a repeated header). */
function headersOf(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const key = (req.rawHeaders[i] as string).toLowerCase();
    out[key] ??= req.rawHeaders[i + 1] as string;
  }
  return out;
}

/** `a=1; b=2` → {a: "1", b: "2"}. */
function cookiesOf(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

type Send = (
  status: number,
  body: string | Buffer,
  headers?: Record<string, string | string[]>,
) => void;

/** Answer one request; `data` is the request body as text. */
function route(req: http.IncomingMessage, data: string, send: Send): void {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const parts = url.pathname.split("/").filter(Boolean);
  const args = Object.fromEntries(url.searchParams);
  const json = (status: number, value: unknown, extra: Record<string, string | string[]> = {}) =>
    send(status, JSON.stringify(value), { "Content-Type": "application/json", ...extra });
  const echo = {
    method: req.method,
    // The request target exactly as received (path and query, before any decoding).
    target: req.url,
    path: url.pathname,
    args,
    headers: headersOf(req),
  };
  switch (parts[0]) {
    case "get":
    case "headers":
      return json(200, echo);
    case "post": {
      const type = req.headers["content-type"] ?? "";
      const form = type.includes("urlencoded") ? Object.fromEntries(new URLSearchParams(data)) : {};
      return json(200, { ...echo, data, json: parseJson(data), form });
    }
    case "encoded": {
      // The echo, compressed as the path says: gzip, deflate (zlib), deflate-raw (sent as
      // "deflate", as some servers do) or br.
      const coders: Record<string, [string, (b: Buffer) => Buffer]> = {
        gzip: ["gzip", gzipSync],
        deflate: ["deflate", deflateSync],
        "deflate-raw": ["deflate", deflateRawSync],
        br: ["br", brotliCompressSync],
      };
      const coder = coders[parts[1] ?? ""];
      if (!coder) return json(400, { error: "unknown encoding", path: url.pathname });
      const body = coder[1](Buffer.from(JSON.stringify({ ...echo, encoded: parts[1] })));
      return send(200, body, { "Content-Type": "application/json", "Content-Encoding": coder[0] });
    }
    case "status": {
      const code = Number(parts[1] ?? 200);
      return json(code >= 100 && code < 600 ? code : 400, { status: code });
    }
    case "delay": {
      const ms = Math.min(Number(parts[1] ?? 0) || 0, 2_000);
      setTimeout(() => json(200, { delay: ms }), ms);
      return;
    }
    case "cookies": {
      if (parts[1] === "set") {
        const set = Object.entries(args).map(([k, v]) => `${k}=${v}; Path=/`);
        return json(200, { cookies: args }, { "Set-Cookie": set });
      }
      // Each `c` parameter is one Set-Cookie header, verbatim (Path, Expires, Domain, …).
      if (parts[1] === "raw") {
        const set = url.searchParams.getAll("c");
        return json(200, { set }, { "Set-Cookie": set });
      }
      return json(200, { cookies: cookiesOf(req.headers.cookie) });
    }
    case "xml":
      return send(200, '<?xml version="1.0"?><note id="7"><to>Ada</to><body>Hi</body></note>', {
        "Content-Type": "application/xml",
      });
    case "html":
      return send(200, "<html><head><title>Echo</title></head><body><h1>Hello</h1></body></html>", {
        "Content-Type": "text/html; charset=utf-8",
      });
    case "redirect":
      return send(302, "", { Location: "/get?redirected=1" });
    case "redirect-cookie": {
      // Sets cookies on a redirect hop: the next hop must carry them (Newman's jar does).
      const set = Object.entries(args).map(([k, v]) => `${k}=${v}; Path=/`);
      return send(302, "", { Location: "/cookies", "Set-Cookie": set });
    }
    case "auth": {
      const reply = authRoute(req, parts, data);
      if (reply) return json(reply.status, reply.body, reply.headers);
      return json(404, { error: "no such auth checkpoint", path: url.pathname });
    }
    default:
      return json(404, { error: "not found", path: url.pathname });
  }
}

/** Start the server on 127.0.0.1 and a free port. */
export async function startEchoServer(): Promise<EchoServer> {
  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      route(req, Buffer.concat(chunks).toString("utf8"), (status, body, headers = {}) => {
        res.writeHead(status, headers).end(body);
      });
    });
  };
  const servers = [
    http.createServer(handler),
    https.createServer({ cert: TEST_CERT, key: TEST_KEY }, handler),
  ] as const;
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) =>
          server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
        ),
    ),
  );
  const close = (server: http.Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${ports[0]}`,
    tlsUrl: `https://127.0.0.1:${ports[1]}`,
    close: async () => {
      await Promise.all(servers.map(close));
    },
  };
}
