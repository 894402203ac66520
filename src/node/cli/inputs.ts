/**
 * Read the files a run names (collection, environment, globals, data) and turn them into core's
 * model through the Postman importers, with `--env-var` / `--global-var` applied on top. Files
 * are decoded as Newman decodes them (./decode.ts: UTF-8 or UTF-16 with or without a byte order
 * mark), `-e`/`-g` files may be in any shape Newman accepts (./scopeFile.ts), and a collection
 * may be in the v1 format.
 */
import { readFile } from "node:fs/promises";
import type { ImportedCollection } from "../../core/import/postman";
import { importPostmanEnvironment, importPostmanGlobals } from "../../core/import/postman";
import { importPostmanCollectionAnyVersion } from "../../core/import/postman/v1/index";
import type { Variable } from "../../core/model";
import type { Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { RunArgs } from "./args";
import { parseIterationDataFile } from "./data";
import { decodeText } from "./decode";
import { nodeDeps } from "./deps";
import { scopeFileShape } from "./scopeFile";

/** What a run reads from disk, imported. */
export interface RunFiles {
  tree: ImportedCollection;
  environment: { name: string; variables: Variable[] };
  globals: { variables: Variable[] };
  iterationData?: Record<string, unknown>[];
}

async function readBytes(path: string): Promise<Result<Uint8Array>> {
  try {
    return ok(await readFile(path));
  } catch (e) {
    return err({
      code: "FILE_UNREADABLE",
      message: `Cannot read ${path}: ${(e as Error).message}`,
    });
  }
}

async function readJson(path: string): Promise<Result<unknown>> {
  const bytes = await readBytes(path);
  if (!bytes.ok) return bytes;
  try {
    return ok(JSON.parse(decodeText(bytes.value).trim()) as unknown);
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
  const tree = importPostmanCollectionAnyVersion(collectionJson.value, nodeDeps, "cli");
  if (!tree.ok) return tree;
  let environment = { name: "", variables: [] as Variable[] };
  if (args.environment !== undefined) {
    const json = await readJson(args.environment);
    if (!json.ok) return json;
    const shape = scopeFileShape(json.value, "environment");
    if (!shape.ok) return shape;
    const env = importPostmanEnvironment(shape.value, nodeDeps, "cli");
    if (!env.ok) return env;
    environment = { name: env.value.name, variables: env.value.variables };
  }
  let globals: Variable[] = [];
  if (args.globals !== undefined) {
    const json = await readJson(args.globals);
    if (!json.ok) return json;
    const shape = scopeFileShape(json.value, "globals");
    if (!shape.ok) return shape;
    const g = importPostmanGlobals(shape.value, nodeDeps, "cli");
    if (!g.ok) return g;
    globals = g.value.variables;
  }
  let iterationData: Record<string, unknown>[] | undefined;
  if (args.iterationData !== undefined) {
    const bytes = await readBytes(args.iterationData);
    if (!bytes.ok) return bytes;
    const rows = parseIterationDataFile(bytes.value);
    if (!rows.ok)
      return err({
        ...rows.error,
        message: `iteration data could not be loaded (${args.iterationData}): ${rows.error.message}`,
      });
    iterationData = rows.value;
  }
  return ok({
    tree: tree.value,
    environment: { ...environment, variables: withOverrides(environment.variables, args.envVars) },
    globals: { variables: withOverrides(globals, args.globalVars) },
    ...(iterationData ? { iterationData } : {}),
  });
}
