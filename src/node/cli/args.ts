/**
 * `satchel run` flags, with Newman's names and meanings, parsed by node:util parseArgs.
 * @see https://github.com/postmanlabs/newman#command-line-options
 */
import { parseArgs } from "node:util";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";

/** The run command's options after parsing. */
export interface RunArgs {
  collection: string;
  environment?: string;
  globals?: string;
  iterationData?: string;
  iterations?: number;
  folder?: string;
  envVars: [string, string][];
  globalVars: [string, string][];
  delayRequestMs?: number;
  /** The whole run's time limit (Newman's `--timeout`); the run stops and fails past it. */
  timeoutMs?: number;
  timeoutRequestMs?: number;
  timeoutScriptMs?: number;
  bail: boolean;
  suppressExitCode: boolean;
  reporters: string[];
  jsonExport?: string;
  /** Write JSON report bodies as byte arrays, as Newman does (default: text). */
  jsonBytes?: boolean;
  junitExport?: string;
  htmlExport?: string;
  exportEnvironment?: string;
  exportGlobals?: string;
  /** A cookie jar file to start the run's jar from (Newman's `--cookie-jar`). */
  cookieJar?: string;
  /** Where to write the run's jar at the end (Newman's `--export-cookie-jar`). */
  exportCookieJar?: string;
  insecure: boolean;
  ignoreRedirects: boolean;
  /** Where a collection's file paths resolve (Newman's `--working-dir`; default the current one). */
  workingDir?: string;
  /** Also read files outside the working directory (Newman's `--insecure-file-read`). */
  insecureFileRead?: boolean;
  /** Client certificate and key files, the key's passphrase, extra CA files (Newman's `--ssl-*`). */
  sslClientCert?: string;
  sslClientKey?: string;
  sslClientPassphrase?: string;
  sslExtraCaCerts?: string;
  /** `--color on|off|auto` (`--no-color` is `off`); auto: on when stdout is a terminal. */
  color: "on" | "off" | "auto";
  /** Newman's plain-text symbols instead of Unicode ones (`--disable-unicode`). */
  disableUnicode?: boolean;
  /** Each request's details in the terminal output (`--verbose`). */
  verbose?: boolean;
  /** No terminal output from the cli reporter (`--silent`). */
  silent?: boolean;
}

const OPTIONS = {
  environment: { type: "string", short: "e" },
  globals: { type: "string", short: "g" },
  "iteration-data": { type: "string", short: "d" },
  "iteration-count": { type: "string", short: "n" },
  folder: { type: "string" },
  "env-var": { type: "string", multiple: true },
  "global-var": { type: "string", multiple: true },
  "delay-request": { type: "string" },
  timeout: { type: "string" },
  "timeout-request": { type: "string" },
  "timeout-script": { type: "string" },
  bail: { type: "boolean" },
  "suppress-exit-code": { type: "boolean", short: "x" },
  reporters: { type: "string", short: "r" },
  "reporter-json-export": { type: "string" },
  "reporter-json-bytes": { type: "boolean" },
  "reporter-junit-export": { type: "string" },
  "reporter-html-export": { type: "string" },
  "export-environment": { type: "string" },
  "export-globals": { type: "string" },
  "cookie-jar": { type: "string" },
  "export-cookie-jar": { type: "string" },
  insecure: { type: "boolean", short: "k" },
  "ignore-redirects": { type: "boolean" },
  "working-dir": { type: "string" },
  "insecure-file-read": { type: "boolean" },
  // Newman reads outside the working directory unless told not to; that is our default, so
  // its opt-out is accepted (and wins over --insecure-file-read).
  "no-insecure-file-read": { type: "boolean" },
  "ssl-client-cert": { type: "string" },
  "ssl-client-key": { type: "string" },
  "ssl-client-passphrase": { type: "string" },
  "ssl-extra-ca-certs": { type: "string" },
  color: { type: "string" },
  "no-color": { type: "boolean" },
  "disable-unicode": { type: "boolean" },
  verbose: { type: "boolean" },
  silent: { type: "boolean" },
} as const;

const COLOR_MODES = ["on", "off", "auto"] as const;

const KNOWN_REPORTERS = ["cli", "json", "junit", "html"];

/** `k=v` → [k, v] (the value may contain `=`). */
function pair(flag: string, text: string): Result<[string, string]> {
  const eq = text.indexOf("=");
  if (eq <= 0)
    return err({ code: "BAD_FLAG", message: `${flag} expects key=value, got "${text}"` });
  return ok([text.slice(0, eq), text.slice(eq + 1)]);
}

/** A non-negative integer flag, or undefined when absent. */
function count(flag: string, text: string | undefined): Result<number | undefined> {
  if (text === undefined) return ok(undefined);
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0)
    return err({ code: "BAD_FLAG", message: `${flag} expects a whole number, got "${text}"` });
  return ok(n);
}

/**
 * Newman's `--bail` takes optional modifiers (`--bail folder`, `--bail failure`, or both
 * comma-separated); they are accepted so CI scripts work unchanged, and bail as plain `--bail`.
 */
function withoutBailModifiers(argv: string[]): string[] {
  const modifier = /^(folder|failure)(,(folder|failure))*$/;
  return argv.filter((arg, i) => !(argv[i - 1] === "--bail" && modifier.test(arg)));
}

/** Parse `run`'s arguments (everything after the word `run`). */
export function parseRunArgs(argv: string[]): Result<RunArgs> {
  let parsed;
  try {
    const args = withoutBailModifiers(argv);
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return err({ code: "BAD_FLAG", message: e instanceof Error ? e.message : String(e) });
  }
  const { values, positionals } = parsed;
  const collection = positionals[0];
  if (collection === undefined || positionals.length > 1)
    return err({ code: "BAD_FLAG", message: "Usage: satchel run <collection.json> [options]" });
  const pairs = (flag: string, list: string[] | undefined): Result<[string, string][]> => {
    const out: [string, string][] = [];
    for (const text of list ?? []) {
      const p = pair(flag, text);
      if (!p.ok) return p;
      out.push(p.value);
    }
    return ok(out);
  };
  const envVars = pairs("--env-var", values["env-var"]);
  if (!envVars.ok) return envVars;
  const globalVars = pairs("--global-var", values["global-var"]);
  if (!globalVars.ok) return globalVars;
  const numbers: Record<string, number | undefined> = {};
  for (const flag of [
    "iteration-count",
    "delay-request",
    "timeout",
    "timeout-request",
    "timeout-script",
  ] as const) {
    const n = count(`--${flag}`, values[flag]);
    if (!n.ok) return n;
    numbers[flag] = n.value;
  }
  const color = values["no-color"] ? "off" : (values.color ?? "auto");
  if (!(COLOR_MODES as readonly string[]).includes(color))
    return err({ code: "BAD_FLAG", message: `--color expects on, off or auto, got "${color}"` });
  const reporters = (values.reporters ?? "cli")
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = reporters.find((r) => !KNOWN_REPORTERS.includes(r));
  if (unknown !== undefined)
    return err({
      code: "BAD_FLAG",
      message: `Unknown reporter "${unknown}" (known: ${KNOWN_REPORTERS.join(", ")})`,
    });
  return ok({
    collection,
    environment: values.environment,
    globals: values.globals,
    iterationData: values["iteration-data"],
    iterations: numbers["iteration-count"],
    folder: values.folder,
    envVars: envVars.value,
    globalVars: globalVars.value,
    delayRequestMs: numbers["delay-request"],
    ...(numbers.timeout ? { timeoutMs: numbers.timeout } : {}),
    timeoutRequestMs: numbers["timeout-request"],
    timeoutScriptMs: numbers["timeout-script"],
    bail: values.bail === true,
    suppressExitCode: values["suppress-exit-code"] === true,
    reporters,
    jsonExport: values["reporter-json-export"],
    ...(values["reporter-json-bytes"] ? { jsonBytes: true } : {}),
    junitExport: values["reporter-junit-export"],
    htmlExport: values["reporter-html-export"],
    exportEnvironment: values["export-environment"],
    exportGlobals: values["export-globals"],
    cookieJar: values["cookie-jar"],
    exportCookieJar: values["export-cookie-jar"],
    insecure: values.insecure === true,
    ignoreRedirects: values["ignore-redirects"] === true,
    workingDir: values["working-dir"],
    ...(values["insecure-file-read"] && !values["no-insecure-file-read"]
      ? { insecureFileRead: true }
      : {}),
    sslClientCert: values["ssl-client-cert"],
    sslClientKey: values["ssl-client-key"],
    sslClientPassphrase: values["ssl-client-passphrase"],
    sslExtraCaCerts: values["ssl-extra-ca-certs"],
    color: color as RunArgs["color"],
    ...(values["disable-unicode"] ? { disableUnicode: true } : {}),
    ...(values.verbose ? { verbose: true } : {}),
    ...(values.silent ? { silent: true } : {}),
  });
}
