/**
 * The variables the active tab sees: globals, its collection's variables and the active
 * environment, as a lookup for `{{name}}` highlighting and hover, and names for completion.
 */
import type { Accessor } from "solid-js";
import { createMemo } from "solid-js";
import type { Collection, Environment, Globals, Request } from "../../core/model";
import type { VariableLookup } from "../../core/variables";
import {
  listVariableNames,
  makeScopes,
  makeVariableLookup,
  secretKeysOf,
} from "../../core/variables";

/** What {@link createVariablesView} reads. */
export interface VariablesSources {
  draft: Accessor<Request | undefined>;
  collections: Accessor<readonly Collection[]>;
  environment: Accessor<Environment | undefined>;
  globals: Accessor<Globals | undefined>;
}

/** The view: a lookup and the defined names, both current. */
export interface VariablesView {
  lookup: Accessor<VariableLookup>;
  names: Accessor<string[]>;
}

/** Creates the view; recomputed only when one of the sources changes. */
export function createVariablesView(src: VariablesSources): VariablesView {
  const collectionId = createMemo(() => src.draft()?.collectionId ?? "");
  const collection = createMemo(() => src.collections().find((c) => c.id === collectionId()));
  const lists = createMemo(() => ({
    global: src.globals()?.variables ?? [],
    collection: collection()?.variables ?? [],
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
