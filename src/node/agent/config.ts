/**
 * `satchel agent` flags. Two modes:
 * - the **local agent** (default): 127.0.0.1 only, callers pair with a one-time code and must
 *   come from the app's origins on a loopback Host;
 * - the **team proxy** (`--listen HOST:PORT --token-file F`): any address, bearer tokens from
 *   the file, an allow-list of target hosts, no private or link-local targets.
 */
import { parseArgs } from "node:util";
import { APP_ORIGINS, DEFAULT_AGENT_PORT } from "../../core/agent/protocol";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";

export const AGENT_USAGE = `Usage: satchel agent [options]

Lets the Satchel web app send requests the browser cannot: any header, cookies, redirects hop by
hop, timing phases, TLS options, private networks. It prints a one-time pairing code; enter it in
the app (or open the printed link). Stop it with Ctrl+C; pairings end with it.

Local agent (default):
  --port <n>               port on 127.0.0.1 (default ${DEFAULT_AGENT_PORT}; 0 picks a free one)
  --allow-origin <origin>  also accept pages from this origin, e.g. https://satchel.example.com
                           (repeatable; always accepted: ${APP_ORIGINS.join(", ")})
  --allow-host <host>      send only to these hosts (repeatable; "*.example.com" matches
                           subdomains; default: any host)
  --rate-limit <n>/min     at most n sends a minute per paired page (default: no limit)

Team proxy (serves the same protocol to other devices, behind your TLS terminator):
  --listen <host:port>     address to listen on, e.g. 0.0.0.0:8080; any address that is not
                           loopback needs --token-file
  --token-file <file>      bearer tokens, one a line (at least 16 characters; # comments); every
                           call must carry one. No pairing in this mode.
  --allow-host <host>      required: the hosts it may send to ("*" for any public host)
  --allow-private          also reach private, loopback and shared addresses (10/8, 172.16/12,
                           192.168/16, 100.64/10, 127/8, ::1, fc00::/7, 0.0.0.0); refused by
                           default. Link-local addresses (169.254/16, fe80::/10), where cloud
                           metadata lives, are refused always.
  --rate-limit <n>/min     at most n sends a minute per token (default 600)

  -h, --help               this text
`;

export interface AgentConfig {
  mode: "agent" | "proxy";
  host: string;
  port: number;
  /** The app's origins plus --allow-origin. */
  origins: string[];
  /** Target host patterns; undefined: any (local agent only). */
  allowHosts?: string[];
  allowPrivate: boolean;
  /** Sends a minute per token; undefined: no limit. */
  ratePerMinute?: number;
  tokenFile?: string;
}

const OPTIONS = {
  port: { type: "string" },
  listen: { type: "string" },
  "token-file": { type: "string" },
  "allow-origin": { type: "string", multiple: true },
  "allow-host": { type: "string", multiple: true },
  "allow-private": { type: "boolean" },
  "rate-limit": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const fail = (message: string) => err({ code: "BAD_ARGS", message });

/** Whether `host` (a listen address) is loopback only. */
export const isLoopbackHost = (host: string): boolean =>
  host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** An origin as browsers send it, or undefined when `value` is not one. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    if (url.pathname !== "/" || url.search || url.hash || url.username) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function parsePort(text: string): number | undefined {
  const n = Number(text);
  return /^\d+$/.test(text) && n <= 65535 ? n : undefined;
}

/** `HOST:PORT`, `[v6]:PORT`. */
function parseListen(text: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(text);
  const port = m?.[3] !== undefined ? parsePort(m[3]) : undefined;
  const host = m?.[1] ?? m?.[2];
  return host && port !== undefined ? { host, port } : undefined;
}

/** A host pattern: a name, `*.name`, an IP, or `*`. */
const HOST_PATTERN = /^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*|[0-9.]+|[0-9a-f:]+)$/i;

/** Parse `satchel agent` arguments; "help" when --help was asked. */
export function parseAgentArgs(argv: string[]): Result<AgentConfig | "help"> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    return fail((e as Error).message);
  }
  if (values.help) return ok("help");
  if (values.port !== undefined && values.listen !== undefined) {
    return fail("--port and --listen both set the address; use one");
  }
  let host = "127.0.0.1";
  let port = DEFAULT_AGENT_PORT;
  if (values.port !== undefined) {
    const p = parsePort(values.port);
    if (p === undefined) return fail(`--port ${values.port} is not a port number`);
    port = p;
  }
  if (values.listen !== undefined) {
    const listen = parseListen(values.listen);
    if (!listen) return fail(`--listen ${values.listen} is not HOST:PORT`);
    ({ host, port } = listen);
  }
  const tokenFile = values["token-file"];
  if (!isLoopbackHost(host) && tokenFile === undefined) {
    return fail(
      `refusing to listen on ${host}: it is not a loopback address, so every device that can reach ` +
        `this machine could send through it. A team proxy needs --listen ${host}:${port} and ` +
        `--token-file FILE (bearer tokens, one a line); a local agent listens on 127.0.0.1 (--port).`,
    );
  }
  if (tokenFile !== undefined && values.listen === undefined) {
    return fail("--token-file makes a team proxy: give its address with --listen HOST:PORT");
  }
  const mode = tokenFile !== undefined ? "proxy" : "agent";
  const origins = [...APP_ORIGINS];
  for (const value of values["allow-origin"] ?? []) {
    const origin = normalizeOrigin(value);
    if (!origin) {
      return fail(`--allow-origin ${value} is not an origin like https://satchel.example.com`);
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  const allowHosts = values["allow-host"]?.map((h) => h.toLowerCase().replace(/\.$/, ""));
  for (const h of allowHosts ?? []) {
    if (!HOST_PATTERN.test(h))
      return fail(`--allow-host ${h} is not a host name, *.domain, an IP or *`);
  }
  if (mode === "proxy" && !allowHosts?.length) {
    return fail(
      'a team proxy needs --allow-host: the hosts it may send to (repeatable; "*" for any public host)',
    );
  }
  let ratePerMinute: number | undefined = mode === "proxy" ? 600 : undefined;
  if (values["rate-limit"] !== undefined) {
    const m = /^(\d+)(?:\/min)?$/.exec(values["rate-limit"]);
    const n = m ? Number(m[1]) : 0;
    if (!m || n < 1) return fail(`--rate-limit ${values["rate-limit"]} is not N/min (N ≥ 1)`);
    ratePerMinute = n;
  }
  const config: AgentConfig = {
    mode,
    host,
    port,
    origins,
    allowPrivate: values["allow-private"] === true,
  };
  if (allowHosts?.length) config.allowHosts = allowHosts;
  if (ratePerMinute !== undefined) config.ratePerMinute = ratePerMinute;
  if (tokenFile !== undefined) config.tokenFile = tokenFile;
  return ok(config);
}
