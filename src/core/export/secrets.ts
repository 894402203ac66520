/**
 * Leaving secrets out of exports: values of variables typed "secret" and auth attributes that are
 * credentials are blanked (keys kept, so the file still says what to fill in).
 */
import type { Auth, Collection, Environment, Folder, Globals, Request, Variable } from "../model";
import type { CollectionTree } from "./postman";

/** Auth attribute keys whose values are credentials, lower-cased (Postman's names, all types). */
export const SECRET_AUTH_KEYS: ReadonlySet<string> = new Set([
  "password",
  "token",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "clientsecret",
  "consumersecret",
  "tokensecret",
  "secretkey",
  "sessiontoken",
  "authkey",
  "privatekey",
  "secret",
  "clienttoken",
  "accesskey",
  "apikey",
]);

/** Whether an auth attribute of `type` holds a credential (apikey: its `value`). */
export function isSecretAuthKey(type: Auth["type"], key: string): boolean {
  if (type === "apikey" && key === "value") return true;
  return SECRET_AUTH_KEYS.has(key.toLowerCase());
}

/** Auth with credential values blanked. */
export function authWithoutSecrets(auth: Auth): Auth {
  return {
    ...auth,
    attributes: auth.attributes.map((a) =>
      isSecretAuthKey(auth.type, a.key) && a.value !== "" ? { ...a, value: "" } : a,
    ),
  };
}

/** Variables with the values of "secret"-typed ones blanked. */
export function variablesWithoutSecrets(variables: readonly Variable[]): Variable[] {
  return variables.map((v) => (v.type === "secret" ? { ...v, value: "" } : v));
}

const scrubCollection = (c: Collection): Collection => ({
  ...c,
  variables: variablesWithoutSecrets(c.variables),
  auth: authWithoutSecrets(c.auth),
});

const scrubFolder = (f: Folder): Folder => ({
  ...f,
  variables: variablesWithoutSecrets(f.variables),
  auth: authWithoutSecrets(f.auth),
});

const scrubRequest = (r: Request): Request => ({
  ...r,
  variables: variablesWithoutSecrets(r.variables),
  auth: authWithoutSecrets(r.auth),
});

/** A collection tree with secrets blanked at every level (the input is not changed). */
export function withoutSecrets(tree: CollectionTree): CollectionTree {
  return {
    collection: scrubCollection(tree.collection),
    folders: tree.folders.map(scrubFolder),
    requests: tree.requests.map(scrubRequest),
  };
}

/** An environment with its secret variables blanked. */
export function environmentWithoutSecrets(env: Environment): Environment {
  return { ...env, variables: variablesWithoutSecrets(env.variables) };
}

/** Globals with their secret variables blanked. */
export function globalsWithoutSecrets(globals: Globals): Globals {
  return { ...globals, variables: variablesWithoutSecrets(globals.variables) };
}
