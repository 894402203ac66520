/**
 * Where the pipeline's outcomes meet storage: the only code that writes what a Send or a run
 * produced (history entries, scripts' variable changes, finished runs). Stores hand outcomes
 * here through the port the host gives them; they never write these rows themselves.
 */
import type { Deps } from "../../core/factory";
import type { Id } from "../../core/model";
import type { VariableScopes, WriteBackRows } from "../../core/variables";
import { variableWriteBack } from "../../core/variables";
import type { Repos } from "../../db/repos/types";
import { keepsCredentials } from "../stores/historyCredentials";
import type { Outcomes, SendOutcome } from "../stores/ports";

/** Writes what the run that started from `started` and ended with `after` changed. */
async function keepVariableValues(
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

/** The outcome writer over `repos`; history entries go to the workspace `workspaceId` names. */
export function makeOutcomes(repos: Repos, deps: Deps, workspaceId: () => Promise<Id>): Outcomes {
  const record = async ({ tabId, request, result }: SendOutcome) => {
    // The history rules (and the secrets policy they apply) load with the first Send.
    const [workspace, keepCredentials, { toHistoryEntry }] = await Promise.all([
      workspaceId(),
      keepsCredentials(repos),
      import("../../core/history"),
    ]);
    const input = { request, requestId: tabId, workspaceId: workspace, keepCredentials };
    await repos.history.add(toHistoryEntry(result, input, deps));
  };
  return {
    async sent(outcome) {
      await Promise.all([
        record(outcome),
        keepVariableValues(repos, outcome.started, outcome.result.scopes),
      ]);
    },
    ranVariables: ({ started, scopes }) => keepVariableValues(repos, started, scopes),
    ranRecord: ({ run }) => repos.runs.add(run),
  };
}
