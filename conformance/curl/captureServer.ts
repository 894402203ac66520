/**
 * The cURL conformance server: a raw TCP listener on 127.0.0.1 (a free port) that reads HTTP/1.1
 * requests itself, so it records exactly what arrived — the method as written (`post` stays
 * lower case, which node:http would refuse), the request target untouched, every header line in
 * order and the body bytes (Content-Length or chunked). It answers 200 `ok`, except under
 * `/redirect` (302 to `/final`) and `/digest` (401 with a Digest challenge while the request has
 * no Authorization). `Expect: 100-continue` gets its interim answer.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";

/** One request as it came over the wire. */
export interface Captured {
  method: string;
  /** The request target exactly as sent (path and query, or absolute form). */
  target: string;
  /** Header lines in order, names as written, values without surrounding spaces. */
  headers: [string, string][];
  body: Buffer;
}

/** A running capture server. */
export interface CaptureServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The requests received since the last call, in order of completion. */
  take(): Captured[];
  /** Stop listening and end open connections. */
  close(): Promise<void>;
}

const HEAD_END = Buffer.from("\r\n\r\n");

/** The head of a request: request line and header lines. */
function parseHead(text: string): Omit<Captured, "body"> | undefined {
  const [line = "", ...rest] = text.split("\r\n");
  const m = /^(\S+) (\S+) HTTP\/1\.[01]$/.exec(line);
  if (!m) return undefined;
  const headers = rest.map((h): [string, string] => {
    const colon = h.indexOf(":");
    return colon < 0 ? [h, ""] : [h.slice(0, colon), h.slice(colon + 1).trim()];
  });
  return { method: m[1]!, target: m[2]!, headers };
}

const header = (c: Omit<Captured, "body">, name: string) =>
  c.headers.find(([k]) => k.toLowerCase() === name)?.[1];

/** A chunked body decoded from `buf`: the bytes and where it ended, or undefined if incomplete. */
function dechunk(buf: Buffer): { body: Buffer; used: number } | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = buf.indexOf("\r\n", at);
    if (eol < 0) return undefined;
    const size = parseInt(buf.subarray(at, eol).toString("latin1"), 16);
    if (Number.isNaN(size)) return undefined;
    at = eol + 2;
    if (size === 0) {
      const end = buf.indexOf("\r\n", at);
      // No trailers expected: the terminating CRLF follows the last chunk size line.
      return end < 0 ? undefined : { body: Buffer.concat(parts), used: end + 2 };
    }
    if (buf.length < at + size + 2) return undefined;
    parts.push(buf.subarray(at, at + size));
    at += size + 2;
  }
}

/** A Digest challenge without qop, so the answer has no client nonce and is reproducible. */
export const DIGEST_CHALLENGE =
  'Digest realm="satchel", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093"';

function answer(socket: net.Socket, c: Omit<Captured, "body">): void {
  const redirect = c.target.startsWith("/redirect");
  const challenge = c.target.startsWith("/digest") && !header(c, "authorization");
  const status = redirect ? "302 Found" : challenge ? "401 Unauthorized" : "200 OK";
  const extra = redirect
    ? "Location: /final\r\n"
    : challenge
      ? `WWW-Authenticate: ${DIGEST_CHALLENGE}\r\n`
      : "";
  socket.write(
    `HTTP/1.1 ${status}\r\n${extra}Content-Type: text/plain\r\nContent-Length: 2\r\n\r\n`,
  );
  if (c.method.toUpperCase() !== "HEAD") socket.write("ok");
}

/** Serve one connection: requests one after another (keep-alive). */
function serve(socket: net.Socket, record: (c: Captured) => void): void {
  let buf = Buffer.alloc(0);
  let head: Omit<Captured, "body"> | undefined;
  let continued = false;
  const pump = () => {
    for (;;) {
      if (!head) {
        const end = buf.indexOf(HEAD_END);
        if (end < 0) return;
        head = parseHead(buf.subarray(0, end).toString("latin1"));
        buf = buf.subarray(end + 4);
        continued = false;
        if (!head) {
          socket.end("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
          return;
        }
      }
      if (header(head, "expect")?.toLowerCase() === "100-continue" && !continued) {
        socket.write("HTTP/1.1 100 Continue\r\n\r\n");
        continued = true;
      }
      let body: Buffer;
      if (header(head, "transfer-encoding")?.toLowerCase() === "chunked") {
        const done = dechunk(buf);
        if (!done) return;
        body = done.body;
        buf = buf.subarray(done.used);
      } else {
        const length = Number(header(head, "content-length") ?? 0);
        if (buf.length < length) return;
        body = buf.subarray(0, length);
        buf = buf.subarray(length);
      }
      const captured = { ...head, body: Buffer.from(body) };
      head = undefined;
      record(captured);
      answer(socket, captured);
    }
  };
  socket.on("data", (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    pump();
  });
  socket.on("error", () => socket.destroy());
}

/** Start a capture server on 127.0.0.1 and a free port. */
export async function startCaptureServer(): Promise<CaptureServer> {
  let captured: Captured[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serve(socket, (c) => captured.push(c));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take: () => {
      const out = captured;
      captured = [];
      return out;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
