/**
 * One request/response exchange: directly (on a pooled connection, or a fresh one), or through an
 * upstream HTTP proxy (absolute-form for http, a CONNECT tunnel for https). Resolves when the
 * response's headers arrive, with the response still to be read; records the timing marks.
 */
import type { ClientRequest, IncomingMessage, RequestOptions } from "node:http";
import http from "node:http";
import https from "node:https";
import type { Socket } from "node:net";
import tls from "node:tls";
import { writeBody } from "./bodySource";
import { guardedLookup, guardedPools } from "./guard";
import type { TargetPolicy } from "./guard";
import { AGENTS } from "./pool";
import type { Failure } from "./pool";
import type { Hop } from "./redirect";
import type { Marks } from "./timings";
import { now, watchSocket } from "./timings";
import type { ResolvedTls } from "./tls";

/** How one exchange connects. */
export interface ExchangeContext {
  signal: AbortSignal;
  tls: ResolvedTls;
  /** Upstream HTTP proxy. */
  proxy?: URL;
  policy?: TargetPolicy;
  /** Accept malformed HTTP from the server (Node's insecureHTTPParser). */
  insecureHTTPParser?: boolean;
  /** The agent of direct exchanges instead of the pools (a handshake's one-socket agent). */
  agent?: http.Agent;
}

/** The response's head, and the response to read its body from. */
export interface Answer {
  res: IncomingMessage;
  status: number;
  statusText: string;
  headers: [string, string][];
}

/**
 * An exchange's error: Node's message and code (what sendErrorOf reads), Node's error as `cause`,
 * and what the retry rule needs to know.
 */
export class ExchangeError extends Error {
  readonly code: unknown;
  constructor(
    cause: unknown,
    readonly failure: Failure,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.code = failure.code;
  }
}

export const pairs = (raw: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i] as string, raw[i + 1] as string]);
  return out;
};

const proxyAuth = (proxy: URL): Record<string, string> =>
  proxy.username
    ? {
        "Proxy-Authorization": `Basic ${Buffer.from(
          `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`,
        ).toString("base64")}`,
      }
    : {};

const isIp = (host: string) => /^[\d.]+$|:/.test(host);
const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

/**
 * `createConnection` for an https request through `proxy`: CONNECT, then TLS over the tunnel.
 * The tunnel's TCP events are the exchange's DNS and connect marks; the tunnel being ready ends
 * the connect phase.
 */
function tunnel(proxy: URL, target: URL, ctx: ExchangeContext, marks: Marks) {
  return (_options: unknown, oncreate: (err: Error | null, socket?: Socket) => void) => {
    const host = bare(target.hostname);
    const authority = `${target.hostname}:${target.port || 443}`;
    const connect = http.request({
      hostname: bare(proxy.hostname),
      port: proxy.port || 80,
      method: "CONNECT",
      path: authority,
      headers: { Host: authority, ...proxyAuth(proxy) },
      agent: false,
      signal: ctx.signal,
    });
    connect.once("socket", (s: Socket) => watchSocket(s, marks));
    connect.once("connect", (res: IncomingMessage, socket: Socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        const e = new Error(
          `The upstream proxy refused the tunnel to ${authority}: ${res.statusCode} ${res.statusMessage ?? ""}`.trim(),
        );
        oncreate(Object.assign(e, { code: "PROXY_REFUSED" }));
        return;
      }
      marks.connect = now();
      const secure = tls.connect({
        socket,
        ...(isIp(host) ? {} : { servername: host }),
        ...ctx.tls,
        ALPNProtocols: ["http/1.1"],
      });
      secure.once("secureConnect", () => (marks.secure ??= now()));
      oncreate(null, secure);
    });
    connect.once("error", (e) => oncreate(e));
    connect.end();
    return undefined;
  };
}

/**
 * The request target as the URL string has it — dot segments and a bare "?" kept, as Newman sends
 * them — where WHATWG parsing would normalise both; the parsed one when the string has anything
 * Node would refuse on the request line (it is then percent-encoded).
 */
export function requestTarget(raw: string, url: URL): string {
  const written = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^#]*)/i.exec(raw)?.[1] ?? "";
  const target = written.startsWith("/") ? written : `/${written}`;
  const plain = /^[\x21-\x7e]*$/.test(target) && !raw.includes("\\");
  return plain ? target : url.pathname + url.search;
}

/** The request for `hop`: direct (pooled unless `fresh`) or through the proxy. */
function open(
  hop: Hop,
  ctx: ExchangeContext,
  marks: Marks,
  fresh: boolean,
  onResponse: (res: IncomingMessage) => void,
): ClientRequest {
  const url = new URL(hop.url);
  const secure = url.protocol === "https:";
  const headers = hop.headers.flat();
  if (!hop.headers.some(([k]) => k.toLowerCase() === "host")) headers.push("Host", url.host);
  const path = requestTarget(hop.url, url);
  const base = {
    path,
    method: hop.method,
    headers,
    signal: ctx.signal,
    ...(ctx.insecureHTTPParser ? { insecureHTTPParser: true } : {}),
  };
  const { proxy, policy } = ctx;
  if (proxy && !secure) {
    for (const [k, v] of Object.entries(proxyAuth(proxy))) headers.push(k, v);
    const options: RequestOptions = {
      ...base,
      hostname: bare(proxy.hostname),
      port: proxy.port || 80,
      path: `${url.protocol}//${url.host}${path}`,
      agent: false,
    };
    return http.request(options, onResponse);
  }
  if (proxy) {
    const options = {
      ...base,
      agent: undefined,
      createConnection: tunnel(
        proxy,
        url,
        ctx,
        marks,
      ) as unknown as RequestOptions["createConnection"],
    };
    return https.request(url, options, onResponse);
  }
  const pools = policy ? guardedPools(policy) : AGENTS;
  const agent = ctx.agent ?? (fresh ? false : secure ? pools.https : pools.http);
  const lookup = policy ? { lookup: guardedLookup(policy) } : {};
  if (secure) return https.request(url, { ...base, ...ctx.tls, ...lookup, agent }, onResponse);
  return http.request(url, { ...base, ...lookup, agent }, onResponse);
}

/**
 * Methods are case-sensitive (RFC 9110 §9.1) and curl sends `-X post` as typed, but Node's client
 * upper-cases every method. With array headers the request line is already written when the
 * request is made, so it is rewritten there, before anything is sent. HEAD and CONNECT stay as
 * Node wrote them: its response parser reads `req.method` to know a HEAD answer has no body.
 */
function keepMethodCase(req: ClientRequest, method: string): ClientRequest {
  const upper = method.toUpperCase();
  if (method === upper || upper === "HEAD" || upper === "CONNECT") return req;
  const out = req as ClientRequest & { _header?: unknown };
  if (typeof out._header === "string" && out._header.startsWith(`${upper} `)) {
    out._header = `${method} ${out._header.slice(upper.length + 1)}`;
  }
  return req;
}

/**
 * One exchange; resolves at the response's headers (`marks.firstByte`), rejects with an
 * ExchangeError (or the abort) before them. Errors after them reach the response's readers.
 */
export function exchange(
  hop: Hop,
  ctx: ExchangeContext,
  marks: Marks,
  fresh: boolean,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let responded = false;
    let req: ClientRequest | undefined;
    const fail = (cause: unknown) =>
      reject(
        new ExchangeError(cause, {
          method: hop.method,
          reusedSocket: req?.reusedSocket ?? false,
          responded,
          code: (cause as { code?: unknown } | null)?.code,
        }),
      );
    try {
      req = open(hop, ctx, marks, fresh, (res) => {
        responded = true;
        marks.firstByte = now();
        resolve({
          res,
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          headers: pairs(res.rawHeaders),
        });
      });
      keepMethodCase(req, hop.method);
    } catch (e) {
      fail(e); // e.g. a header value Node refuses
      return;
    }
    req.on("socket", (s: Socket) => watchSocket(s, marks));
    req.on("error", (e) => {
      if (!responded) fail(e);
    });
    writeBody(req, hop.body);
  });
}
