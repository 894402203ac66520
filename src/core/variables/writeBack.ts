/**
 * Writing a run's variable changes back to storage — the one rule the Send button, the browser
 * runner and any other host use (ARCHITECTURE.md: "variable write-back ... lives once in core").
 * Postman keeps each variable's type, description and position, updates the value of a set key,
 * appends new keys, and drops unset ones.
 */
import type { Collection, Environment, Globals, Variable } from "../model";
import type { VariableScopes } from "./scopes";
import { variablesToMap } from "./scopes";

const same = (a: unknown, b: unknown) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * The stored list after a stage that turned the scope map `before` into `after`; `undefined` when
 * nothing changed (so the caller skips the write). Only keys whose value changed from `before` are
 * written, so edits made to other keys of `stored` meanwhile survive. Disabled rows are never
 * touched; a key that exists only as a disabled row was absent for the run, so setting it appends
 * an enabled row.
 */
export function writeBackVariables(
  stored: readonly Variable[],
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): Variable[] | undefined {
  const changed = new Set<string>();
  for (const key of Object.keys(after)) if (!same(before[key], after[key])) changed.add(key);
  const removed = new Set(Object.keys(before).filter((key) => !Object.hasOwn(after, key)));
  if (!changed.size && !removed.size) return undefined;
  const out: Variable[] = [];
  const seen = new Set<string>();
  for (const v of stored) {
    if (v.enabled === false) {
      out.push(v);
      continue;
    }
    if (removed.has(v.key)) continue;
    if (changed.has(v.key)) {
      seen.add(v.key);
      out.push({ ...v, value: toStored(after[v.key]) });
    } else out.push(v);
  }
  for (const key of changed) {
    if (!seen.has(key))
      out.push({ key, value: toStored(after[key]), type: "default", enabled: true });
  }
  return out;
}

/** Stored variable values are primitives; anything else is kept as its JSON text. */
function toStored(value: unknown): Variable["value"] {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value === undefined) return "";
  return JSON.stringify(value) ?? String(value);
}

/** The stored rows a run reads its persistent scopes from (local and data scopes are never kept). */
export interface WriteBackRows {
  environment?: Environment | undefined;
  collection?: Collection | undefined;
  globals?: Globals | undefined;
}

/**
 * The rows to store after a run ("Keep variable values"): one rule for Send and the runner.
 *
 * - Scopes: environment, collection variables and globals — each only when the run started from a
 *   stored row (`started`) and that same row (same id) still exists (`latest`, re-read after the
 *   run). A row deleted during the run is not recreated; an unsaved collection is not stored.
 * - What is written: the difference between the row's variables as the run started
 *   (`started[scope].variables`, enabled ones) and the scope as it ended (`after`), applied to the
 *   newest stored version (`latest`), as {@link writeBackVariables} does: a changed key updates the
 *   value of its enabled rows and keeps their type (a `secret` row stays secret and takes the new
 *   value, as in Postman), description and position; a new key is appended as an enabled
 *   `default` row; an unset key's enabled rows are dropped; disabled rows are kept as they are.
 *   Keys the run did not change keep their newest stored value, so edits made during the run
 *   survive.
 * - A scope with no change is left out of the answer (no write).
 *
 * The two old versions disagreed on the rows: Send diffed onto the environment and globals the app
 * held when the send ended (another environment, if the user switched meanwhile, or a deleted one,
 * recreated) and onto the collection as loaded before the send (undoing edits made during it); the
 * runner re-read the newest stored rows of the scopes the run used. The runner's rule is kept: the
 * changes belong to the rows the run read, and other edits made meanwhile are the user's.
 */
export function variableWriteBack(
  started: WriteBackRows,
  latest: WriteBackRows,
  after: VariableScopes,
): WriteBackRows {
  const out: WriteBackRows = {};
  const environment = rowWriteBack(started.environment, latest.environment, after.environment);
  if (environment) out.environment = environment;
  const collection = rowWriteBack(started.collection, latest.collection, after.collection);
  if (collection) out.collection = collection;
  const globals = rowWriteBack(started.globals, latest.globals, after.globals);
  if (globals) out.globals = globals;
  return out;
}

/** One scope's row to store, or `undefined` when there is nothing to write. */
function rowWriteBack<T extends { id: string; variables: Variable[] }>(
  started: T | undefined,
  latest: T | undefined,
  after: Readonly<Record<string, unknown>>,
): T | undefined {
  if (!started || !latest || latest.id !== started.id) return undefined;
  const variables = writeBackVariables(latest.variables, variablesToMap(started.variables), after);
  return variables && { ...latest, variables };
}
