/**
 * Applies a run's variable changes to storage for Send and the runner: reads the newest stored
 * rows, lets core decide what to write (`variableWriteBack`), and puts those rows.
 */
import type { VariableScopes, WriteBackRows } from "../../core/variables";
import { variableWriteBack } from "../../core/variables";
import type { Repos } from "../../db/repos/types";

/** Writes what the run that started from `started` and ended with `after` changed. */
export async function keepVariableValues(
  repos: Repos,
  started: WriteBackRows,
  after: VariableScopes,
): Promise<void> {
  const [environment, collection, globals] = await Promise.all([
    started.environment && repos.environments.get(started.environment.id),
    started.collection && repos.collections.get(started.collection.id),
    started.globals && repos.globals.get(started.globals.workspaceId),
  ]);
  const rows = variableWriteBack(started, { environment, collection, globals }, after);
  await Promise.all([
    rows.environment && repos.environments.put(rows.environment),
    rows.collection && repos.collections.put(rows.collection),
    rows.globals && repos.globals.put(rows.globals),
  ]);
}
