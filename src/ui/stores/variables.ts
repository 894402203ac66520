/**
 * The variables the active tab sees: globals, its collection's variables and the active
 * environment, as a lookup for `{{name}}` highlighting and hover, and names for completion.
 */
import type { Accessor } from "solid-js";
import { createMemo } from "solid-js";
import type { Collection, Environment, Globals, Request, Variable } from "../../core/model";
import type { VariableLookup } from "../../core/variables";
import {
  listVariableNames,
  makeScopes,
  makeVariableLookup,
  secretKeysOf,
} from "../../core/variables";

/** The variable lists a lookup is built from. */
export interface VariableListSources {
  collectionVariables: Accessor<readonly Variable[]>;
  environment: Accessor<Environment | undefined>;
  globals: Accessor<Globals | undefined>;
}

/** The view: a lookup and the defined names, both current. */
export interface VariablesView {
  lookup: Accessor<VariableLookup>;
  names: Accessor<string[]>;
}

/** A lookup over globals, collection variables and environment; recomputed when one changes. */
export function createVariablesLookup(src: VariableListSources): VariablesView {
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

/** The variables the active tab's request sees (its collection's, by the draft's collectionId). */
export function createVariablesView(src: {
  draft: Accessor<Request | undefined>;
  collections: Accessor<readonly Collection[]>;
  environment: Accessor<Environment | undefined>;
  globals: Accessor<Globals | undefined>;
}): VariablesView {
  const collectionId = createMemo(() => src.draft()?.collectionId ?? "");
  const collectionVariables = createMemo(
    () => src.collections().find((c) => c.id === collectionId())?.variables ?? [],
  );
  return createVariablesLookup({
    collectionVariables,
    environment: src.environment,
    globals: src.globals,
  });
}
