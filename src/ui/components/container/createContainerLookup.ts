/**
 * Variables as seen from a collection or folder (no request yet): globals, the collection's
 * variables and the active environment, for `{{name}}` highlighting, hover and completion.
 */
import type { VariableListSources, VariablesView } from "../../stores/variables";
import { createVariablesLookup } from "../../stores/variables";

/** What {@link createContainerLookup} reads. */
export type ContainerLookupSources = VariableListSources;

/** A lookup and the defined names, recomputed when a source changes. */
export function createContainerLookup(src: ContainerLookupSources): VariablesView {
  return createVariablesLookup(src);
}
