/**
 * Variables as seen from a collection or folder (no request yet): globals, the collection's
 * variables and the active environment, for `{{name}}` highlighting, hover and completion.
 */
import type { Accessor } from "solid-js";
import { createMemo } from "solid-js";
import type { Environment, Globals, Variable } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables";
import {
  listVariableNames,
  makeScopes,
  makeVariableLookup,
  secretKeysOf,
} from "../../../core/variables";

/** What {@link createContainerLookup} reads. */
export interface ContainerLookupSources {
  collectionVariables: Accessor<readonly Variable[]>;
  environment: Accessor<Environment | undefined>;
  globals: Accessor<Globals | undefined>;
}

/** A lookup and the defined names, recomputed when a source changes. */
export function createContainerLookup(src: ContainerLookupSources): {
  lookup: Accessor<VariableLookup>;
  names: Accessor<string[]>;
} {
  const lists = createMemo(() => ({
    global: src.globals()?.variables ?? [],
    collection: src.collectionVariables(),
    environment: src.environment()?.variables ?? [],
  }));
  const scopes = createMemo(() => {
    const l = lists();
    return makeScopes({ globals: l.global, collection: l.collection, environment: l.environment });
  });
  const lookup = createMemo(() => makeVariableLookup(scopes(), secretKeysOf(lists())));
  const names = createMemo(() => listVariableNames(scopes()));
  return { lookup, names };
}
