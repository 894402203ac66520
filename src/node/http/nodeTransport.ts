/**
 * The Transport over node:http / node:https for `satchel run` and the local agent: no CORS, any
 * header, Set-Cookie visible, redirects under our control with every hop reported, timing phases,
 * TLS verification optional, client certificates, an upstream proxy, files read from disk.
 */
import { randomBytes } from "node:crypto";
import type {
  HttpRequest,
  SendError,
  SendOptions,
  SendResult,
  Transport,
  TransportCapabilities,
} from "../../core/http/transport";
import { bodyLength } from "./bodySource";
import { decompress } from "./decompress";
import type { FileAccess } from "./encodeBody";
import { encodeBody } from "./encodeBody";
import type { TargetPolicy } from "./guard";
import { sendStream } from "./sendStream";
import type { NodeTlsOptions } from "./tls";
import { resolveTls } from "./tls";

/** How the Node transport behaves when a send's options say nothing. */
export interface NodeTransportOptions {
  /** Accept any TLS certificate (self-signed servers). Default false. */
  insecure?: boolean;
  /** Client certificate, key and extra CAs (PEM text or files); `verify` overrides `insecure`. */
  tls?: NodeTlsOptions;
  /** Follow 3xx responses (default true); SendOptions.followRedirects overrides per send. */
  followRedirects?: boolean;
  /** Most redirects followed; one more fails the send. Default 10 (SendOptions.maxRedirects overrides). */
  maxRedirects?: number;
  /** Upstream HTTP proxy for every send (SendOptions.proxy overrides). */
  proxy?: string;
  /** Where file bodies are read (default: the current directory, nothing outside it). */
  files?: FileAccess;
  /** Which targets may be reached (the team proxy's rules); default any. */
  policy?: TargetPolicy;
}

const CAPABILITIES: TransportCapabilities = {
  anyHeader: true,
  seesSetCookie: true,
  controlsRedirects: true,
  timingPhases: true,
  tlsOptions: true,
  privateNetwork: true,
};

function invalidUrl(raw: string): SendError | undefined {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { code: "INVALID_URL", message: `"${raw}" is not a valid URL` };
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return {
      code: "INVALID_URL",
      message: `Only http and https URLs can be sent, not ${parsed.protocol}`,
    };
  }
  return undefined;
}

/** What Newman's requester asks for when the request says nothing (postman-request's gzip + brotli). */
const ACCEPT_ENCODING = "gzip, deflate, br";

/**
 * The request's headers plus the Content-Type and Content-Length its body implies, and
 * Accept-Encoding as Newman sends it (the body is decoded below) unless the request has one.
 */
function withBodyHeaders(
  request: HttpRequest,
  contentType: string | undefined,
  length: number,
): [string, string][] {
  const headers = [...request.headers];
  const has = (name: string) => headers.some(([k]) => k.toLowerCase() === name);
  if (contentType && !has("content-type")) headers.push(["Content-Type", contentType]);
  if (request.body && !has("content-length") && !has("transfer-encoding")) {
    headers.push(["Content-Length", String(length)]);
  }
  if (!has("accept-encoding")) headers.push(["Accept-Encoding", ACCEPT_ENCODING]);
  return headers;
}

async function send(
  request: HttpRequest,
  options: SendOptions,
  config: NodeTransportOptions,
): Promise<SendResult> {
  const invalid = invalidUrl(request.url);
  if (invalid) return { ok: false, error: invalid };
  const cancelled = (): SendResult => ({
    ok: false,
    error: { code: "CANCELLED", message: "The request was cancelled" },
  });
  if (options.signal?.aborted) return cancelled();
  const encoded = await encodeBody(
    request.body,
    `----satchel${randomBytes(12).toString("hex")}`,
    config.files ?? { workingDir: process.cwd() },
  );
  let tls;
  try {
    tls = await resolveTls(
      { verify: config.insecure ? false : undefined, ...config.tls },
      options.tls,
    );
  } catch (e) {
    return {
      ok: false,
      error: { code: "NETWORK", message: `Cannot read a TLS file: ${(e as Error).message}` },
    };
  }
  if (options.signal?.aborted) return cancelled();
  const started = performance.now();
  const sent = await sendStream(
    {
      method: request.method,
      url: request.url,
      headers: withBodyHeaders(request, encoded.contentType, bodyLength(encoded.source)),
      body: encoded.source,
    },
    {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      followRedirects: options.followRedirects ?? config.followRedirects,
      maxRedirects: options.maxRedirects ?? config.maxRedirects,
      redirectRules: {
        followOriginalHttpMethod: options.followOriginalHttpMethod,
        followAuthorizationHeader: options.followAuthorizationHeader,
        removeRefererHeaderOnRedirect: options.removeRefererHeaderOnRedirect,
        cookies: options.cookies,
      },
      insecureHTTPParser: options.insecureHTTPParser,
      tls,
      proxy: options.proxy ?? config.proxy,
      policy: config.policy,
      ...(options.handshake ? { handshake: options.handshake } : {}),
    },
  );
  if (!sent.ok) return sent;
  const streamed = sent.response;
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of streamed.body) chunks.push(chunk as Buffer);
  } catch {
    // `done` says why.
  }
  const done = await streamed.done;
  if (!done.ok) return { ok: false, error: done.error };
  const body = decompress(Buffer.concat(chunks), streamed.headers);
  const warnings = [
    ...encoded.warnings.map((message): SendError => ({ code: "BODY_NOT_SENT", message })),
    ...streamed.warnings,
  ];
  const response = {
    status: streamed.status,
    statusText: streamed.statusText,
    headers: streamed.headers,
    body: new Uint8Array(body.buffer, body.byteOffset, body.length),
    timeMs: Math.round(performance.now() - started),
    url: streamed.url,
    redirected: streamed.redirected,
    timings: done.timings,
    redirects: streamed.redirects,
  };
  return warnings.length ? { ok: true, response, warnings } : { ok: true, response };
}

/** A Transport that sends with Node's own HTTP client. */
export function makeNodeTransport(options: NodeTransportOptions = {}): Transport {
  return {
    name: "node",
    capabilities: CAPABILITIES,
    supportsHandshake: true,
    send: (request, sendOptions) => send(request, sendOptions ?? {}, options),
  };
}
