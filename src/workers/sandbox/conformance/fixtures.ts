/** Load the fixture collections with the shared environment (its baseUrl pointed at a server). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Fixture } from "./types";

const here = fileURLToPath(new URL(".", import.meta.url));
const SUFFIX = ".postman_collection.json";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;

/** The environment file with `baseUrl` set to `baseUrl`. */
function environmentFor(dir: string, baseUrl: string): unknown {
  const env = readJson(join(dir, "environment.json")) as {
    values: { key: string; value: unknown }[];
  };
  return {
    ...env,
    values: env.values.map((v) => (v.key === "baseUrl" ? { ...v, value: baseUrl } : v)),
  };
}

/** Names of the collection fixtures in `folder` , sorted. */
export function fixtureNames(folder = "fixtures"): string[] {
  return readdirSync(join(here, folder))
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
}

/** One fixture, ready to run against the server at `baseUrl`. */
export function loadFixture(name: string, baseUrl: string, folder = "fixtures"): Fixture {
  const shared = join(here, "fixtures");
  return {
    name,
    collection: readJson(join(here, folder, `${name}${SUFFIX}`)),
    environment: environmentFor(shared, baseUrl),
    globals: readJson(join(shared, "globals.json")),
  };
}
