/**
 * Who may talk to the agent at all, checked before any route: the Host header (DNS rebinding: a
 * page on evil.example whose name now resolves to 127.0.0.1 still says `Host: evil.example`),
 * the Origin (only the app's own pages), and the CORS and Private Network Access answers
 * browsers need to let those pages read the replies.
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 * @see https://wicg.github.io/private-network-access/#cors-preflight
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AgentErrorBody, AgentErrorCode } from "../../core/agent/protocol";
import type { AgentConfig } from "./config";

/** The Host values a local agent answers: loopback names with its own port. */
export function allowedHosts(config: AgentConfig, port: number): Set<string> {
  const names = ["127.0.0.1", "localhost", "[::1]"];
  if (!names.includes(config.host))
    names.push(config.host.includes(":") ? `[${config.host}]` : config.host);
  return new Set(names.map((n) => `${n}:${port}`));
}

/** Headers every answer to an accepted origin carries. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : { Vary: "Origin" };
}

/** A refusal, as JSON, readable by an accepted page. */
export function refuse(
  res: ServerResponse,
  status: number,
  code: AgentErrorCode,
  message: string,
  options: {
    origin?: string;
    hint?: string;
    retryAfterS?: number;
    headers?: Record<string, string>;
  } = {},
): void {
  const body: AgentErrorBody = {
    error: {
      code,
      message,
      ...(options.hint ? { hint: options.hint } : {}),
      ...(options.retryAfterS !== undefined ? { retryAfterS: options.retryAfterS } : {}),
    },
  };
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...corsHeaders(options.origin),
    ...(options.retryAfterS !== undefined ? { "Retry-After": String(options.retryAfterS) } : {}),
    ...options.headers,
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/**
 * Check Host and Origin; answer a preflight. Returns the accepted origin (undefined: none sent,
 * allowed only for a team proxy), or "answered" when the response has been sent.
 */
export function gate(
  req: IncomingMessage,
  res: ServerResponse,
  config: AgentConfig,
  hosts: Set<string>,
): { origin: string | undefined } | "answered" {
  const host = req.headers.host?.toLowerCase();
  if (config.mode === "agent" && (!host || !hosts.has(host))) {
    refuse(
      res,
      403,
      "HOST_REFUSED",
      `This agent answers only requests addressed to ${[...hosts].join(" or ")}, not "${host ?? ""}": a page reaching it under another name is refused (DNS rebinding).`,
    );
    return "answered";
  }
  const origin = req.headers.origin;
  if (origin === undefined ? config.mode === "agent" : !config.origins.includes(origin)) {
    refuse(
      res,
      403,
      "ORIGIN_REFUSED",
      origin === undefined
        ? "This agent answers only the Satchel app's pages, and this request has no Origin."
        : `This agent does not accept pages from ${origin}; it accepts ${config.origins.join(", ")}.`,
      { hint: `Start it with --allow-origin ${origin ?? "<origin>"} if that is your Satchel app.` },
    );
    return "answered";
  }
  if (req.method === "OPTIONS") {
    const headers: Record<string, string> = {
      ...corsHeaders(origin),
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": "Authorization, Content-Type",
      "Access-Control-Max-Age": "600",
      "Content-Length": "0",
    };
    // Chrome's Private Network Access: a public page asking a local server must be let in.
    if (req.headers["access-control-request-private-network"] === "true") {
      headers["Access-Control-Allow-Private-Network"] = "true";
    }
    res.writeHead(204, headers).end();
    return "answered";
  }
  return { origin };
}
