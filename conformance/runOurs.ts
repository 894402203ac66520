/**
 * Our side: run a fixture the way `satchel run` does — Postman import, then core's
 * runCollection with the Node transport, the given Sandbox (the QuickJS one in the conformance
 * spec) and a cookie jar for the run — and observe each item event as runNewman observes Newman's.
 */
import { readFileSync } from "node:fs";
import { loadCookieJar } from "../src/core/cookies/index";
import type { Result } from "../src/core/result";
import { importPostmanEnvironment, importPostmanGlobals } from "../src/core/import/postman";
import { importPostmanCollectionAnyVersion } from "../src/core/import/postman/v1/index";
import { runCollection } from "../src/core/runner";
import type { Sandbox } from "../src/core/sandbox/types";
import { parseIterationDataFile } from "../src/node/cli/data";
import { nodeDeps } from "../src/node/cli/deps";
import { makeNodeTransport } from "../src/node/http/nodeTransport";
import type { Fixture, Observation, ObservedExecution } from "./types";
import { echoedTarget } from "./types";

/** `{target}` when the echo server reported one. */
const targetOf = (body: Uint8Array | undefined) => {
  const target = echoedTarget(body);
  return target === undefined ? {} : { target };
};

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`fixture did not load: ${result.error.message}`);
  return result.value;
}

/** Run `fixture` with runCollection and `sandbox`, and observe it as runNewman does. */
export async function runOurs(fixture: Fixture, sandbox: Sandbox): Promise<Observation> {
  const tree = unwrap(
    importPostmanCollectionAnyVersion(fixture.collection, nodeDeps, "conformance"),
  );
  const environment = unwrap(
    importPostmanEnvironment(fixture.environment, nodeDeps, "conformance"),
  );
  const globals = unwrap(importPostmanGlobals(fixture.globals, nodeDeps, "conformance"));
  const iterationData = fixture.dataFile
    ? unwrap(parseIterationDataFile(readFileSync(fixture.dataFile)))
    : undefined;
  const executions: ObservedExecution[] = [];
  const summary = unwrap(
    await runCollection(
      {
        ...tree,
        environment,
        globals,
        iterationData,
        options: {
          iterations: fixture.options.iterations,
          bail: fixture.options.bail,
          keepBodies: true,
        },
        transport: makeNodeTransport(),
        sandbox,
        deps: nodeDeps,
        // A fresh jar per run, as Newman makes one per newman.run.
        cookies: { jar: await loadCookieJar({ clock: nodeDeps.clock }) },
      },
      (event) => {
        if (event.type !== "item") return;
        const { result } = event;
        executions.push({
          name: event.request.name,
          iteration: event.iteration,
          sent: result.result?.ok === true,
          assertions: result.assertions.map((a) => ({
            name: a.name,
            passed: a.passed,
            skipped: a.skipped,
            ...(a.error ? { error: a.error.message } : {}),
          })),
          console: result.console.map((c) => ({ level: c.level, text: c.args.join(" ") })),
          scriptErrors: result.errors.map((e) => `${e.code}: ${e.message}`),
          ...targetOf(result.result?.ok ? result.result.response.body : undefined),
        });
      },
    ),
  );
  return {
    executions,
    environment: { ...summary.scopes.environment },
    globals: { ...summary.scopes.globals },
  };
}
