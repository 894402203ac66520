/**
 * `satchel run`: read the files, run the collection with Node's HTTP client and the QuickJS
 * sandbox, feed the reporters, write exports; the exit code is 1 when anything failed.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { runCollection } from "../../core/runner";
import type { RunEvent } from "../../core/runner";
import type { AssertionResult, ConsoleEntry, Sandbox, ScriptKind } from "../../core/sandbox/types";
import type { VariableScopes } from "../../core/variables/scopes";
import { makeQuickJsSandbox } from "../../workers/sandbox/index";
import { makeNodeTransport } from "../http/nodeTransport";
import { makeCliReporter } from "../reporters/cli";
import { makeHtmlReporter } from "../reporters/html";
import { makeJsonReporter } from "../reporters/json";
import { makeJunitReporter } from "../reporters/junit";
import { makeProgressBar } from "../reporters/progress";
import { colorEnabled } from "../reporters/style";
import type { Reporter } from "../reporters/types";
import type { RunArgs } from "./args";
import { openRunJar, writeRunJar } from "./cookieJarFile";
import { nodeDeps } from "./deps";
import { loadRunFiles } from "./inputs";

/** Where the command writes its text. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: draw a progress bar there (default: ask process.stderr). */
  errIsTty?: boolean;
  /** stdout is a terminal: `--color auto` colours (default: ask process.stdout). */
  outIsTty?: boolean;
  /** The terminal's width, when stdout is one (default: process.stdout.columns). */
  columns?: number;
}

/**
 * `sandbox` with each console entry and assertion it returns remembered by stage in `stages`, so
 * the terminal reporter can print pre-request output above the request line (as Newman does) and
 * test output below it.
 */
function stageTracking(sandbox: Sandbox, stages: WeakMap<object, ScriptKind>): Sandbox {
  return {
    async run(kind, scripts, context) {
      const result = await sandbox.run(kind, scripts, context);
      for (const entry of result.console) stages.set(entry, kind);
      for (const assertion of result.assertions) stages.set(assertion, kind);
      return result;
    },
  };
}

/** A Postman-format variable export (environment or globals). */
function exportScope(map: Record<string, unknown>, name: string, scope: string) {
  return {
    id: nodeDeps.random.uuid(),
    name,
    values: Object.keys(map).map((key) => ({ key, value: map[key], enabled: true })),
    _postman_variable_scope: scope,
    _postman_exported_at: new Date().toISOString(),
    _postman_exported_using: "satchel",
  };
}

/** Run the collection `args` names; resolves to the process exit code. */
export async function runCommand(args: RunArgs, io: CliIo): Promise<number> {
  const files = await loadRunFiles(args);
  if (!files.ok) {
    io.err(`error: ${files.error.message}\n`);
    return 1;
  }
  const { tree, environment, globals, iterationData } = files.value;
  // One jar for the whole run, as Newman keeps one.
  const jar = await openRunJar(args.cookieJar, nodeDeps.clock);
  if (!jar.ok) {
    io.err(`error: ${jar.error.message}\n`);
    return 1;
  }
  let finalScopes: VariableScopes | undefined;
  const context = {
    collectionName: tree.collection.name,
    environmentName: environment.name,
    finalScopes: () => ({
      environment: finalScopes?.environment ?? {},
      globals: finalScopes?.globals ?? {},
    }),
  };
  const reporters: Reporter[] = [];
  const bar = (io.errIsTty ?? process.stderr.isTTY === true) ? makeProgressBar(io.err) : undefined;
  // The cli reporter's lines erase the bar first; the next item redraws it below them.
  const out = bar
    ? (text: string) => {
        bar.clear();
        io.out(text);
      }
    : io.out;
  const stages = new WeakMap<object, ScriptKind>();
  const cliOptions = {
    unicode: !args.disableUnicode,
    color: colorEnabled(args.color, io.outIsTty ?? process.stdout.isTTY === true),
    verbose: args.verbose === true,
    // Newman wraps at the terminal's width, or at 60 columns when not a terminal or under CI.
    columns:
      (io.outIsTty ?? process.stdout.isTTY === true) && !process.env.CI
        ? (io.columns ?? process.stdout.columns)
        : undefined,
    stageOf: (entry: ConsoleEntry | AssertionResult) => stages.get(entry),
  };
  for (const name of args.reporters) {
    if (name === "cli" && !args.silent)
      reporters.push(makeCliReporter(out, tree.collection.name, cliOptions));
    if (name === "json")
      reporters.push(
        makeJsonReporter(args.jsonExport ?? "newman-run-report.json", {
          ...context,
          bodiesAsBytes: args.jsonBytes,
        }),
      );
    if (name === "junit")
      reporters.push(makeJunitReporter(args.junitExport ?? "newman-run-report.xml"));
    if (name === "html")
      reporters.push(makeHtmlReporter(args.htmlExport ?? "newman-run-report.html", context));
  }
  if (bar) reporters.push(bar);
  const pem = (path: string | undefined) => (path === undefined ? undefined : { path });
  const transport = makeNodeTransport({
    insecure: args.insecure,
    followRedirects: !args.ignoreRedirects,
    files: {
      workingDir: resolve(args.workingDir ?? process.cwd()),
      ...(args.insecureFileRead ? { outside: true } : {}),
    },
    tls: {
      ...(args.sslClientCert ? { clientCert: pem(args.sslClientCert) } : {}),
      ...(args.sslClientKey ? { clientKey: pem(args.sslClientKey) } : {}),
      ...(args.sslClientPassphrase ? { passphrase: args.sslClientPassphrase } : {}),
      ...(args.sslExtraCaCerts ? { ca: pem(args.sslExtraCaCerts) } : {}),
    },
  });
  const sandbox = makeQuickJsSandbox({ transport });
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once("SIGINT", onSigint);
  // Newman's --timeout: the whole run's limit; past it the run stops and counts as failed.
  let timedOut = false;
  const timer =
    args.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, args.timeoutMs);
  try {
    const result = await runCollection(
      {
        ...tree,
        environment,
        globals,
        iterationData,
        options: {
          iterations: args.iterations,
          folder: args.folder,
          delayRequestMs: args.delayRequestMs,
          timeoutRequestMs: args.timeoutRequestMs,
          timeoutScriptMs: args.timeoutScriptMs,
          bail: args.bail,
          keepBodies: args.reporters.includes("json") || args.verbose === true,
        },
        transport,
        sandbox: stageTracking(sandbox, stages),
        deps: nodeDeps,
        signal: controller.signal,
        sleep: (ms) => sleep(ms),
        cookies: { jar: jar.value },
      },
      (event: RunEvent) => {
        for (const r of reporters) r.onEvent(event);
      },
    );
    if (!result.ok) {
      io.err(`error: ${result.error.message}\n`);
      return 1;
    }
    finalScopes = result.value.scopes;
    for (const r of reporters) await r.finish();
    if (args.exportEnvironment)
      await writeFile(
        args.exportEnvironment,
        JSON.stringify(
          exportScope(finalScopes.environment, environment.name, "environment"),
          null,
          2,
        ),
      );
    if (args.exportGlobals)
      await writeFile(
        args.exportGlobals,
        JSON.stringify(exportScope(finalScopes.globals, "globals", "globals"), null, 2),
      );
    if (args.exportCookieJar) await writeRunJar(args.exportCookieJar, jar.value);
    if (timedOut)
      io.err(`error: the run took longer than --timeout ${args.timeoutMs}ms and was stopped\n`);
    return (result.value.failed || timedOut) && !args.suppressExitCode ? 1 : 0;
  } finally {
    clearTimeout(timer);
    process.off("SIGINT", onSigint);
    sandbox.dispose();
  }
}
