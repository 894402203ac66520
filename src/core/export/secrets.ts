/**
 * Leaving secrets out of exports: the secrets policy (../secrets) applied to what the exporters
 * take, for callers that want the blanked value only. The `blank*` functions of ../secrets also
 * say what they blanked.
 */
import type { Auth, Environment, Globals, Variable } from "../model";
import {
  blankAuth,
  blankCollectionTree,
  blankEnvironment,
  blankGlobals,
  blankVariables,
} from "../secrets";
import type { CollectionTree } from "./postman";

const ignore = () => {};

/** Auth with every credential value blanked (see {@link blankAuth}). */
export function authWithoutSecrets(auth: Auth): Auth {
  return blankAuth(auth, ignore);
}

/** Variables with the values of secret ones (typed or named so) blanked. */
export function variablesWithoutSecrets(variables: readonly Variable[]): Variable[] {
  return blankVariables(variables, ignore);
}

/** A collection tree with secrets blanked at every level (the input is not changed). */
export function withoutSecrets(tree: CollectionTree): CollectionTree {
  return blankCollectionTree(tree).value;
}

/** An environment with its secret variables blanked. */
export function environmentWithoutSecrets(env: Environment): Environment {
  return blankEnvironment(env).value;
}

/** Globals with their secret variables blanked. */
export function globalsWithoutSecrets(globals: Globals): Globals {
  return blankGlobals(globals).value;
}
