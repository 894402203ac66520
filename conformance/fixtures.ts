/**
 * The fixture sets, each a folder under fixtures/ with its own environment.json and globals.json
 * (`baseUrl` pointed at the echo server when loaded):
 * - `scripts`: the script API (one iteration each; requests, console, variables, libraries);
 * - `runs`: the runner (setNextRequest loops, skipRequest, iterations, data files, bail);
 * - `auth`: every signing auth type against checkpoints that verify the signature (authServer.ts).
 * - `data`: iteration data files read as Newman reads them (CSV quoting, BOM, UTF-16, JSON).
 * - `v1`: collections in Postman's v1 format, which Newman converts before running.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Fixture, FixtureOptions } from "./types";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const SUFFIX = ".postman_collection.json";

/** The fixture sets and the Newman options each fixture runs with (default: none). */
export const FIXTURE_SETS: Readonly<Record<string, Readonly<Record<string, FixtureOptions>>>> = {
  scripts: {},
  urls: {},
  auth: {},
  runs: {
    loop: { iterations: 2 },
    data: { data: "data.csv", iterations: 3 },
    bail: { bail: true, iterations: 2 },
    errors: { iterations: 1 },
  },
  data: {
    "csv-quoting": { data: "quoting.csv" },
    "csv-utf16": { data: "utf16.csv" },
    "json-values": { data: "values.json" },
  },
  v1: {},
  tls: {},
};

/** The names of the fixture sets. */
export const fixtureSets = (): string[] => Object.keys(FIXTURE_SETS);

/** The absolute folder of a fixture set (with a trailing separator). */
export const fixtureDir = (set: string): string => join(FIXTURES, set, "/");

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;

/** The set's environment file with `baseUrl` (and `tlsBaseUrl`, when given) set. */
export function environmentFor(set: string, baseUrl: string, tlsBaseUrl?: string): unknown {
  const env = readJson(join(fixtureDir(set), "environment.json")) as {
    values: { key: string; value: unknown }[];
  };
  const urls: Record<string, string | undefined> = { baseUrl, tlsBaseUrl };
  return {
    ...env,
    values: env.values.map((v) => (urls[v.key] ? { ...v, value: urls[v.key] } : v)),
  };
}

/** Names of the collection fixtures in `set`, sorted. */
export function fixtureNames(set: string): string[] {
  return readdirSync(fixtureDir(set))
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
}

/** The path of a fixture's collection file. */
export const collectionPath = (set: string, name: string): string =>
  join(fixtureDir(set), `${name}${SUFFIX}`);

/** One fixture, ready to run against the server at `baseUrl` (and `tlsBaseUrl`). */
export function loadFixture(
  set: string,
  name: string,
  baseUrl: string,
  tlsBaseUrl?: string,
): Fixture {
  const options = FIXTURE_SETS[set]?.[name] ?? {};
  return {
    set,
    name,
    collection: readJson(collectionPath(set, name)),
    environment: environmentFor(set, baseUrl, tlsBaseUrl),
    globals: readJson(join(fixtureDir(set), "globals.json")),
    options,
    ...(options.data ? { dataFile: join(fixtureDir(set), options.data) } : {}),
  };
}
