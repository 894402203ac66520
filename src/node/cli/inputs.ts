/**
 * Read the files a run names (collection, environment, globals, data) and turn them into core's
 * model through the Postman importers, with `--env-var` / `--global-var` applied on top.
 */
import { readFile } from "node:fs/promises";
import type { ImportedCollection } from "../../core/import/postman";
import {
  importPostmanCollection,
  importPostmanEnvironment,
  importPostmanGlobals,
} from "../../core/import/postman";
import type { Variable } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { RunArgs } from "./args";
import { parseIterationData } from "./data";
import { nodeDeps } from "./deps";

/** What a run reads from disk, imported. */
export interface RunFiles {
  tree: ImportedCollection;
  environment: { name: string; variables: Variable[] };
  globals: { variables: Variable[] };
  iterationData?: Record<string, unknown>[];
}

async function readText(path: string): Promise<Result<string>> {
  try {
    return ok(await readFile(path, "utf8"));
  } catch (e) {
    return err({
      code: "FILE_UNREADABLE",
      message: `Cannot read ${path}: ${(e as Error).message}`,
    });
  }
}

async function readJson(path: string): Promise<Result<unknown>> {
  const text = await readText(path);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value.replace(/^\uFEFF/, "")) as unknown);
  } catch (e) {
    return err({ code: "BAD_JSON", message: `${path} is not JSON: ${(e as Error).message}` });
  }
}

/** Variables with `overrides` set (replacing a same-named variable, else appended). */
export function withOverrides(variables: Variable[], overrides: [string, string][]): Variable[] {
  const out = [...variables];
  for (const [key, value] of overrides) {
    const v: Variable = { key, value, type: "default", enabled: true };
    const i = out.findIndex((x) => x.key === key);
    if (i >= 0) out[i] = v;
    else out.push(v);
  }
  return out;
}

/** Read and import everything `args` names. */
export async function loadRunFiles(args: RunArgs): Promise<Result<RunFiles>> {
  const collectionJson = await readJson(args.collection);
  if (!collectionJson.ok) return collectionJson;
  const tree = importPostmanCollection(collectionJson.value, nodeDeps, "cli");
  if (!tree.ok) return tree;
  let environment = { name: "", variables: [] as Variable[] };
  if (args.environment !== undefined) {
    const json = await readJson(args.environment);
    if (!json.ok) return json;
    const env = importPostmanEnvironment(json.value, nodeDeps, "cli");
    if (!env.ok) return env;
    environment = { name: env.value.name, variables: env.value.variables };
  }
  let globals: Variable[] = [];
  if (args.globals !== undefined) {
    const json = await readJson(args.globals);
    if (!json.ok) return json;
    const g = importPostmanGlobals(json.value, nodeDeps, "cli");
    if (!g.ok) return g;
    globals = g.value.variables;
  }
  let iterationData: Record<string, unknown>[] | undefined;
  if (args.iterationData !== undefined) {
    const text = await readText(args.iterationData);
    if (!text.ok) return text;
    const rows = parseIterationData(text.value);
    if (!rows.ok) return rows;
    iterationData = rows.value;
  }
  return ok({
    tree: tree.value,
    environment: { ...environment, variables: withOverrides(environment.variables, args.envVars) },
    globals: { variables: withOverrides(globals, args.globalVars) },
    ...(iterationData ? { iterationData } : {}),
  });
}
