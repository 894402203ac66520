/**
 * The agent's HTTP server: the gate (Host, Origin, CORS, PNA), then the routes of
 * src/core/agent/protocol.ts, each behind its check — pairing behind its rate limit, hello and
 * send behind the bearer token and the per-token rate limit.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { AGENT_PATHS, PROTOCOL_VERSION } from "../../core/agent/protocol";
import type { Hello, Paired } from "../../core/agent/protocol";
import type { TargetPolicy } from "../http/guard";
import type { AgentConfig } from "./config";
import { allowedHosts, corsHeaders, gate, refuse } from "./gate";
import { makePairing } from "./pairing";
import type { Pairing } from "./pairing";
import type { Now } from "./rateLimit";
import { makeRateLimiter } from "./rateLimit";
import { handleSend } from "./sendRoute";
import { makeTargetPolicy } from "./targets";

/** A running agent. */
export interface RunningAgent {
  /** `http://host:port` as a page calls it. */
  url: string;
  port: number;
  /** The code that pairs now (local agent). */
  pairingCode(): string;
  close(): Promise<void>;
}

export interface AgentDeps {
  /** Tokens from the token file. */
  tokens?: readonly string[];
  /** Told each new pairing code (local agent). */
  onPairingCode?: (code: string) => void;
  /** Monotonic milliseconds (rate limits); default performance.now. */
  now?: Now;
}

function json(res: http.ServerResponse, origin: string | undefined, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(200, {
    ...corsHeaders(origin),
    "Content-Type": "application/json",
    "Cache-Control": "no-store",
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** The body of a small JSON request (pairing), at most `max` bytes. */
async function smallJson(req: http.IncomingMessage, max: number): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

const bearer = (req: http.IncomingMessage) =>
  /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "")?.[1];

async function pair(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  config: AgentConfig,
  pairing: Pairing,
  origin: string | undefined,
): Promise<void> {
  if (config.mode === "proxy") {
    return refuse(
      res,
      404,
      "PAIRING_OFF",
      "A team proxy does not pair: use a token from its operator",
      { origin },
    );
  }
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    return refuse(res, 415, "BAD_REQUEST", "Pairing takes Content-Type application/json", {
      origin,
    });
  }
  const body = (await smallJson(req, 1024)) as { code?: unknown } | undefined;
  if (typeof body?.code !== "string") {
    return refuse(
      res,
      400,
      "BAD_REQUEST",
      'Pairing takes {"code": "<the code the agent printed>"}',
      { origin },
    );
  }
  const outcome = pairing.pair(body.code);
  if (outcome.ok) return json(res, origin, { token: outcome.token } satisfies Paired);
  if (outcome.code === "RATE_LIMITED") {
    return refuse(res, 429, "RATE_LIMITED", "Too many wrong pairing codes", {
      origin,
      retryAfterS: outcome.retryAfterS,
    });
  }
  return refuse(
    res,
    403,
    "PAIRING_CODE_INVALID",
    "That pairing code is not the one the agent shows (each code works once)",
    {
      origin,
    },
  );
}

/** Start the agent described by `config`; resolves once it listens. */
export async function startAgent(config: AgentConfig, deps: AgentDeps = {}): Promise<RunningAgent> {
  const now = deps.now ?? (() => performance.now());
  const pairing = makePairing({
    tokens: deps.tokens,
    onCode: config.mode === "agent" ? deps.onPairingCode : undefined,
    now,
  });
  const limiter =
    config.ratePerMinute !== undefined ? makeRateLimiter(config.ratePerMinute, now) : undefined;
  const policy: TargetPolicy | undefined =
    config.mode === "proxy" || config.allowHosts
      ? makeTargetPolicy({
          allowHosts: config.allowHosts,
          guardAddresses: config.mode === "proxy",
          allowPrivate: config.allowPrivate,
        })
      : undefined;
  let hosts = new Set<string>();

  const server = http.createServer({ requestTimeout: 0 }, (req, res) => {
    void (async () => {
      const passed = gate(req, res, config, hosts);
      if (passed === "answered") return;
      const { origin } = passed;
      const path = new URL(req.url ?? "/", "http://agent").pathname;
      const route = Object.entries(AGENT_PATHS).find(([, p]) => p === path)?.[0];
      if (!route) return refuse(res, 404, "NOT_FOUND", `No ${path} here`, { origin });
      const method = route === "hello" ? "GET" : "POST";
      if (req.method !== method) {
        return refuse(res, 405, "METHOD_NOT_ALLOWED", `${path} takes ${method}`, {
          origin,
          headers: { Allow: method },
        });
      }
      if (route === "pair") return pair(req, res, config, pairing, origin);
      const token = bearer(req);
      if (!token) {
        return refuse(res, 401, "TOKEN_MISSING", "This call needs Authorization: Bearer <token>", {
          origin,
          headers: { "WWW-Authenticate": "Bearer" },
        });
      }
      if (!pairing.knows(token)) {
        return refuse(
          res,
          401,
          "TOKEN_INVALID",
          "This token is not one this agent issued or was given",
          {
            origin,
            headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' },
          },
        );
      }
      const wait = limiter?.take(createHash("sha256").update(token).digest("hex"));
      if (wait !== undefined) {
        return refuse(
          res,
          429,
          "RATE_LIMITED",
          `More than ${config.ratePerMinute} sends a minute with this token`,
          {
            origin,
            retryAfterS: wait,
          },
        );
      }
      if (route === "hello") {
        return json(res, origin, {
          name: "satchel-agent",
          protocol: PROTOCOL_VERSION,
          mode: config.mode,
        } satisfies Hello);
      }
      return handleSend(req, res, config, policy, origin);
    })().catch((e: unknown) => {
      if (!res.headersSent)
        refuse(res, 500, "INTERNAL", `The agent failed: ${(e as Error).message}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(config, port);
  const shown = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${shown}:${port}`,
    port,
    pairingCode: () => pairing.code(),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
