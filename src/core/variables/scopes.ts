/**
 * Variable scopes in Postman's precedence order and the plain lookup over them.
 * @see ../shared/postman-semantics.md (the team folder beside the project root) (Variables)
 */
import type { Variable } from "../model";
import type { ScopeSnapshot } from "../sandbox/types";

/** The five user scopes as plain maps; the same shape the Sandbox reads and returns. */
export type VariableScopes = ScopeSnapshot;

/** A user scope's name as the UI shows it. */
export type ScopeName = "local" | "data" | "environment" | "collection" | "global";

/** Highest precedence first: local > data > environment > collection > global. */
export const SCOPE_ORDER: readonly ScopeName[] = [
  "local",
  "data",
  "environment",
  "collection",
  "global",
];

const SNAPSHOT_KEY: Record<ScopeName, keyof ScopeSnapshot> = {
  local: "local",
  data: "data",
  environment: "environment",
  collection: "collection",
  global: "globals",
};

/** The map behind a scope name. */
export const scopeMap = (scopes: VariableScopes, scope: ScopeName): Record<string, unknown> =>
  scopes[SNAPSHOT_KEY[scope]];

/** A map without a prototype, so keys like `__proto__` or `toString` are plain data. */
export function emptyMap(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** Enabled variables as a map; for a repeated key the last enabled one wins (as in Postman). */
export function variablesToMap(variables: readonly Variable[] = []): Record<string, unknown> {
  const map = emptyMap();
  for (const v of variables) if (v.enabled !== false) map[v.key] = v.value;
  return map;
}

/** Copy a plain record into a prototype-free map. */
function copyMap(record: Record<string, unknown> = {}): Record<string, unknown> {
  const map = emptyMap();
  for (const key of Object.keys(record)) map[key] = record[key];
  return map;
}

/** What makeScopes accepts: stored variable lists, plus plain data-row and local maps. */
export interface ScopesInit {
  globals?: readonly Variable[];
  collection?: readonly Variable[];
  environment?: readonly Variable[];
  data?: Record<string, unknown>;
  local?: Record<string, unknown>;
}

/** Build the five scopes; disabled variables are left out. */
export function makeScopes(init: ScopesInit = {}): VariableScopes {
  return {
    globals: variablesToMap(init.globals),
    collection: variablesToMap(init.collection),
    environment: variablesToMap(init.environment),
    data: copyMap(init.data),
    local: copyMap(init.local),
  };
}

/** A deep-enough copy of scopes (maps are copied; values are primitives or shared). */
export function cloneScopes(scopes: VariableScopes): VariableScopes {
  return {
    globals: copyMap(scopes.globals),
    collection: copyMap(scopes.collection),
    environment: copyMap(scopes.environment),
    data: copyMap(scopes.data),
    local: copyMap(scopes.local),
  };
}

/** Where a name was found and its raw value (which may be a non-substitutable object). */
export interface ScopeHit {
  scope: ScopeName;
  value: unknown;
}

/** The first scope, by precedence, that holds `name`. */
export function findInScopes(scopes: VariableScopes, name: string): ScopeHit | undefined {
  for (const scope of SCOPE_ORDER) {
    const map = scopeMap(scopes, scope);
    if (Object.hasOwn(map, name)) return { scope, value: map[name] };
  }
  return undefined;
}

/** Only strings, numbers and booleans substitute (Postman's Substitutor.NATIVETYPES). */
export const isSubstitutable = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** Every user variable name across all scopes, sorted, without duplicates (for completion). */
export function listVariableNames(scopes: VariableScopes): string[] {
  const names = new Set<string>();
  for (const scope of SCOPE_ORDER)
    for (const key of Object.keys(scopeMap(scopes, scope))) names.add(key);
  return [...names].sort((a, b) => a.localeCompare(b));
}
