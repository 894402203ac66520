/** `satchel agent`: parse the flags, read the token file, start, print how to pair, run until
 * Ctrl+C (or SIGTERM, as `docker stop` sends). */
import { readFile } from "node:fs/promises";
import { APP_ORIGINS, NPM_START_ORIGIN, pairingLink } from "../../core/agent/protocol";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { CliIo } from "../cli/run";
import type { AgentConfig } from "./config";
import { AGENT_USAGE, parseAgentArgs } from "./config";
import { startAgent } from "./server";
import type { RunningAgent } from "./server";

/** Tokens in `path`: one a line, blank lines and `#` comments skipped, each ≥ 16 characters. */
export async function readTokenFile(path: string): Promise<Result<string[]>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    return err({
      code: "FILE_UNREADABLE",
      message: `cannot read --token-file ${path}: ${(e as Error).message}`,
    });
  }
  const tokens = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  if (tokens.length === 0)
    return err({ code: "NO_TOKENS", message: `--token-file ${path} holds no token` });
  const short = tokens.findIndex((t) => t.length < 16 || /\s/.test(t));
  if (short >= 0) {
    return err({
      code: "WEAK_TOKEN",
      message: `token ${short + 1} in ${path} is shorter than 16 characters or has spaces; make them with \`openssl rand -base64 32\``,
    });
  }
  return ok(tokens);
}

function describe(config: AgentConfig, agent: RunningAgent): string {
  const lines = [];
  if (config.mode === "agent") {
    lines.push(
      `Satchel agent listening on ${agent.url} (this machine only)`,
      `Accepting pages from: ${config.origins.join(", ")}`,
    );
  } else {
    lines.push(
      `Satchel team proxy listening on ${agent.url}; every call needs a token from the token file`,
      `Sends to: ${config.allowHosts?.join(", ")}${config.allowPrivate ? " (private addresses allowed)" : " (public addresses only)"}`,
      `At most ${config.ratePerMinute} sends a minute per token; pages accepted from: ${config.origins.join(", ")}`,
    );
  }
  if (config.allowHosts && config.mode === "agent")
    lines.push(`Sends only to: ${config.allowHosts.join(", ")}`);
  return `${lines.join("\n")}\n`;
}

/** Run `satchel agent <argv>` until `stop` resolves (default: SIGINT or SIGTERM). */
export async function agentCommand(
  argv: string[],
  io: CliIo,
  stop?: (agent: RunningAgent) => Promise<void>,
): Promise<number> {
  const parsed = parseAgentArgs(argv);
  if (!parsed.ok) {
    io.err(`error: ${parsed.error.message}\n\nRun \`satchel agent --help\` for the options.\n`);
    return 1;
  }
  if (parsed.value === "help") {
    io.out(AGENT_USAGE);
    return 0;
  }
  const config = parsed.value;
  let tokens: string[] = [];
  if (config.tokenFile !== undefined) {
    const read = await readTokenFile(config.tokenFile);
    if (!read.ok) {
      io.err(`error: ${read.error.message}\n`);
      return 1;
    }
    tokens = read.value;
  }
  let agent: RunningAgent | undefined;
  const pending: string[] = [];
  let shown = 0;
  const showCode = (code: string) => {
    if (!agent) return void pending.push(code);
    // The app the user named (the last --allow-origin), else the one `npm start` serves.
    const app =
      config.origins.length > APP_ORIGINS.length ? config.origins.at(-1) : NPM_START_ORIGIN;
    const link = pairingLink(app ?? NPM_START_ORIGIN, agent.url, code);
    io.out(
      shown++ === 0
        ? `Pairing code: ${code}  (enter it in Satchel, or open ${link}; it works once)\n`
        : `A page paired. The code for the next one: ${code}\n`,
    );
  };
  try {
    agent = await startAgent(config, { tokens, onPairingCode: showCode });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    io.err(
      code === "EADDRINUSE"
        ? `error: ${config.host}:${config.port} is in use: is an agent already running? (--port picks another)\n`
        : `error: cannot listen on ${config.host}:${config.port}: ${(e as Error).message}\n`,
    );
    return 1;
  }
  io.out(describe(config, agent));
  for (const code of pending.splice(0)) showCode(code);
  io.out("Stop with Ctrl+C.\n");
  await (stop ? stop(agent) : untilSignal());
  await agent.close();
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      resolve();
    };
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
}
