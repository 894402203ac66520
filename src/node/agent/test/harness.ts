/**
 * Test helpers for the agent: start one in either mode, and call it with node:http (which, unlike
 * fetch, can send any Host and Origin, as an attacker's tools would).
 */
import http from "node:http";
import { makeFrameReader } from "../../../core/agent/frames";
import type { Frame } from "../../../core/agent/frames";
import {
  APP_ORIGINS,
  encodeSendPrefix,
  PROTOCOL_VERSION,
  SEND_CONTENT_TYPE,
} from "../../../core/agent/protocol";
import type { SendHead, WireSendOptions } from "../../../core/agent/protocol";
import type { AgentConfig } from "../config";
import type { AgentDeps, RunningAgent } from "../server";
import { startAgent } from "../server";

export const APP = APP_ORIGINS[0] as string;
export const PROXY_TOKEN = "team-token-0123456789abcdef";

/** A local agent on 127.0.0.1:0 (overrides merged in). */
export const startLocalAgent = (
  over: Partial<AgentConfig> = {},
  deps: AgentDeps = {},
): Promise<RunningAgent> =>
  startAgent(
    {
      mode: "agent",
      host: "127.0.0.1",
      port: 0,
      origins: [...APP_ORIGINS],
      allowPrivate: false,
      ...over,
    },
    deps,
  );

/** A team proxy on 127.0.0.1:0 with PROXY_TOKEN. */
export const startProxy = (
  over: Partial<AgentConfig> = {},
  deps: AgentDeps = {},
): Promise<RunningAgent> =>
  startAgent(
    {
      mode: "proxy",
      host: "127.0.0.1",
      port: 0,
      origins: [...APP_ORIGINS],
      allowHosts: ["*"],
      allowPrivate: false,
      ratePerMinute: 600,
      ...over,
    },
    { tokens: [PROXY_TOKEN], ...deps },
  );

export interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request to the agent with exactly these headers (Host defaults to the agent's). */
export function call(
  agent: RunningAgent,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
  },
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: agent.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: { Host: `127.0.0.1:${agent.port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The error code and message of a refusal. */
export const refusal = (raw: Raw): { code: string; message: string } =>
  (JSON.parse(raw.body.toString()) as { error: { code: string; message: string } }).error;

/** Pair with the agent's current code; the token. */
export async function pair(agent: RunningAgent): Promise<string> {
  const raw = await call(agent, {
    method: "POST",
    path: "/v1/pair",
    headers: { Origin: APP, "Content-Type": "application/json" },
    body: JSON.stringify({ code: agent.pairingCode() }),
  });
  if (raw.status !== 200) throw new Error(`pairing failed: ${raw.status} ${raw.body.toString()}`);
  return (JSON.parse(raw.body.toString()) as { token: string }).token;
}

/** The bytes of a `/v1/send` body. */
export function sendBody(
  request: { method: string; url: string; headers?: [string, string][] },
  body: Buffer = Buffer.alloc(0),
  options: WireSendOptions = {},
): Buffer {
  const head: SendHead = {
    v: PROTOCOL_VERSION,
    request: { headers: [], ...request },
    bodyLength: body.length,
    options,
  };
  return Buffer.concat([encodeSendPrefix(head), body]);
}

/** A `/v1/send` call: status and, for a 200, its frames (data joined). */
export async function send(
  agent: RunningAgent,
  token: string,
  request: { method: string; url: string; headers?: [string, string][] },
  options: WireSendOptions = {},
  extra: Record<string, string> = {},
): Promise<{ raw: Raw; frames: Frame[]; data: Buffer }> {
  const raw = await call(agent, {
    method: "POST",
    path: "/v1/send",
    headers: {
      Origin: APP,
      Authorization: `Bearer ${token}`,
      "Content-Type": SEND_CONTENT_TYPE,
      ...extra,
    },
    body: sendBody(request, undefined, options),
  });
  if (raw.status !== 200) return { raw, frames: [], data: Buffer.alloc(0) };
  const got = makeFrameReader().push(raw.body);
  if (typeof got === "string") throw new Error(got);
  const data = Buffer.concat(got.flatMap((f) => (f.type === "data" ? [f.bytes] : [])));
  return { raw, frames: got.filter((f) => f.type !== "data"), data };
}
