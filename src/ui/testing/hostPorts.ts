/**
 * The ports the stores ask of the host, built over test repositories the way the host builds
 * them (held rows, the outcome writer, tree reads). Call inside a reactive root.
 */
import type { Deps } from "../../core/factory";
import type { Id } from "../../core/model";
import type { Repos } from "../../db/repos/types";
import { createHeldRows } from "../host/heldRows";
import { makeOutcomes } from "../host/outcomes";
import { loadRunTree } from "../host/reads";
import { onceQuery } from "./onceQuery";

/** `ancestors`, `outcomes` and `loadTree` over `repos`. */
export function hostPorts(
  repos: Repos,
  deps: Deps,
  workspaceId: () => Promise<Id> = async () => "ws",
) {
  const held = createHeldRows(repos, deps, onceQuery);
  return {
    ancestors: held.ancestors,
    outcomes: makeOutcomes(held.repos, deps, workspaceId),
    loadTree: (target: { kind: "collection" | "folder"; id: Id }) =>
      loadRunTree(held.repos, target),
  };
}
