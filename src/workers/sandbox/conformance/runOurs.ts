/**
 * Harness B: run a fixture with our own stack in Node — importPostmanCollection, then each
 * request in tree order through core's runItem with the Node transport and a Sandbox, threading
 * the variable scopes from item to item as runItem returns them. One iteration; skipRequest is
 * honoured by runItem; setNextRequest is recorded by the sandbox but not followed (yet).
 */
import { randomUUID } from "node:crypto";
import type { Deps } from "../../../core/factory";
import { importPostmanCollection } from "../../../core/import/postman";
import type { ImportedCollection } from "../../../core/import/postman";
import { importPostmanEnvironment, importPostmanGlobals } from "../../../core/import/postman";
import type { Folder, Request } from "../../../core/model";
import { runItem } from "../../../core/pipeline";
import type { Sandbox } from "../../../core/sandbox/types";
import { makeScopes } from "../../../core/variables/scopes";
import { makeNodeTransport } from "../../../node/http/nodeTransport";
import type { Fixture, Observation } from "./types";
import { emptyRequest } from "./types";

const deps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid: () => randomUUID() },
};

/** Requests in run order (depth first, by sort) with their folders from outer to inner. */
export function runOrder(tree: ImportedCollection): { request: Request; folders: Folder[] }[] {
  type Node = { sort: number; folder?: Folder; request?: Request };
  const children = (parentId: string | null): Node[] =>
    [
      ...tree.folders
        .filter((f) => f.parentId === parentId)
        .map((f) => ({ sort: f.sort, folder: f })),
      ...tree.requests
        .filter((r) => r.parentId === parentId)
        .map((r) => ({ sort: r.sort, request: r })),
    ].sort((a, b) => a.sort - b.sort);
  const out: { request: Request; folders: Folder[] }[] = [];
  const walk = (parentId: string | null, folders: Folder[]) => {
    for (const node of children(parentId)) {
      if (node.request) out.push({ request: node.request, folders });
      if (node.folder) walk(node.folder.id, [...folders, node.folder]);
    }
  };
  walk(null, []);
  return out;
}

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!result.ok) throw new Error(`fixture import failed: ${result.error.message}`);
  return result.value;
};

/** Run `fixture` with our pipeline and `sandbox`, and observe it as runNewman does. */
export async function runOurs(fixture: Fixture, sandbox: Sandbox): Promise<Observation> {
  const tree = unwrap(importPostmanCollection(fixture.collection, deps, "conformance"));
  const environment = unwrap(importPostmanEnvironment(fixture.environment, deps, "conformance"));
  const globals = unwrap(importPostmanGlobals(fixture.globals, deps, "conformance"));
  const transport = makeNodeTransport();
  let scopes = makeScopes({
    globals: globals.variables,
    collection: tree.collection.variables,
    environment: environment.variables,
  });
  const observation: Observation = { requests: [], environment: {}, globals: {} };
  for (const { request, folders } of runOrder(tree)) {
    const result = await runItem({
      request,
      ancestors: { collection: tree.collection, folders },
      scopes,
      transport,
      sandbox,
      deps,
    });
    scopes = result.scopes;
    const observed = emptyRequest(request.name);
    observed.sent = result.result?.ok === true;
    observed.assertions = result.assertions.map((a) => ({
      name: a.name,
      passed: a.passed,
      skipped: a.skipped,
      ...(a.error ? { error: a.error.message } : {}),
    }));
    observed.console = result.console.map((c) => ({ level: c.level, text: c.args.join(" ") }));
    observed.scriptErrors = result.errors.map((e) => `${e.code}: ${e.message}`);
    observation.requests.push(observed);
  }
  observation.environment = { ...scopes.environment };
  observation.globals = { ...scopes.globals };
  return observation;
}
