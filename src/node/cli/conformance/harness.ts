/**
 * Run conformance harness: a fixture collection run by Newman 6.2.2 (programmatically) and by
 * our runner (import → runCollection with the Node transport and the QuickJS sandbox), each
 * observed the same way: the sequence of executed items with their assertions, and the final
 * environment and globals.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  importPostmanCollection,
  importPostmanEnvironment,
  importPostmanGlobals,
} from "../../../core/import/postman";
import { runCollection } from "../../../core/runner";
import type { Sandbox } from "../../../core/sandbox/types";
import { makeNodeTransport } from "../../http/nodeTransport";
import { parseIterationData } from "../data";
import { nodeDeps } from "../deps";

/** One fixture run: the collection file's stem and Newman-style options. */
export interface RunSpec {
  name: string;
  iterations?: number;
  data?: string;
  bail?: boolean;
}

/** What both sides are compared on. */
export interface RunObservation {
  executions: {
    name: string;
    iteration: number;
    assertions: { name: string; passed: boolean; skipped: boolean }[];
  }[];
  environment: Record<string, unknown>;
  globals: Record<string, unknown>;
}

/** The fixtures directory. */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), "utf8"));

/** The fixture environment with `baseUrl` pointed at `url`. */
export function environmentFor(url: string): unknown {
  const env = readJson("environment.json") as { values: { key: string; value: unknown }[] };
  return {
    ...env,
    values: env.values.map((v) => (v.key === "baseUrl" ? { ...v, value: url } : v)),
  };
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

interface NewmanScope {
  values: { all(): { key: string; value: unknown; disabled?: boolean }[] };
}
interface NewmanEmitter {
  on(event: string, fn: (err: unknown, args: Record<string, unknown>) => void): NewmanEmitter;
}
const newman = createRequire(import.meta.url)("newman") as {
  run(options: Record<string, unknown>): NewmanEmitter;
};

const enabled = (scope: NewmanScope) =>
  Object.fromEntries(
    scope.values
      .all()
      .filter((v) => v.disabled !== true)
      .map((v) => [v.key, v.value]),
  );

/** Run `spec` with Newman against `url`. */
export function runWithNewman(spec: RunSpec, url: string): Promise<RunObservation> {
  const executions: RunObservation["executions"] = [];
  return new Promise((resolve, reject) => {
    newman
      .run({
        collection: readJson(`${spec.name}.postman_collection.json`),
        environment: environmentFor(url),
        globals: readJson("globals.json"),
        ...(spec.data ? { iterationData: join(FIXTURES, spec.data) } : {}),
        ...(spec.iterations ? { iterationCount: spec.iterations } : {}),
        ...(spec.bail ? { bail: true } : {}),
        reporters: [],
      })
      .on("beforeItem", (_e, a) => {
        const cursor = a.cursor as { iteration: number };
        executions.push({
          name: (a.item as { name: string }).name,
          iteration: cursor.iteration,
          assertions: [],
        });
      })
      .on("assertion", (_e, a) => {
        executions.at(-1)?.assertions.push({
          name: String(a.assertion),
          passed: !a.error,
          skipped: a.skipped === true,
        });
      })
      .on("done", (e, summary) => {
        if (e) return reject(e instanceof Error ? e : new Error(String(e)));
        resolve({
          executions,
          environment: enabled(summary.environment as NewmanScope),
          globals: enabled(summary.globals as NewmanScope),
        });
      });
  });
}

/** Run `spec` with our runner against `url`. */
export async function runWithSatchel(
  spec: RunSpec,
  url: string,
  sandbox: Sandbox,
): Promise<RunObservation> {
  const tree = unwrap(
    importPostmanCollection(readJson(`${spec.name}.postman_collection.json`), nodeDeps, "t"),
  );
  const environment = unwrap(importPostmanEnvironment(environmentFor(url), nodeDeps, "t"));
  const globals = unwrap(importPostmanGlobals(readJson("globals.json"), nodeDeps, "t"));
  const data = spec.data
    ? unwrap(parseIterationData(readFileSync(join(FIXTURES, spec.data), "utf8")))
    : undefined;
  const executions: RunObservation["executions"] = [];
  const result = await runCollection(
    {
      ...tree,
      environment,
      globals,
      iterationData: data,
      options: { iterations: spec.iterations, bail: spec.bail },
      transport: makeNodeTransport(),
      sandbox,
      deps: nodeDeps,
    },
    (event) => {
      if (event.type !== "item") return;
      executions.push({
        name: event.request.name,
        iteration: event.iteration,
        assertions: event.result.assertions.map((a) => ({
          name: a.name,
          passed: a.passed,
          skipped: a.skipped,
        })),
      });
    },
  );
  const summary = unwrap(result);
  return {
    executions,
    environment: { ...summary.scopes.environment },
    globals: { ...summary.scopes.globals },
  };
}
