/** Constructors that fill every field with its default, so stored rows are always complete. */
import type { Auth, Body, Collection, Environment, Folder, Request, Scripts } from "./model";
import { SCHEMA_VERSION } from "./model";
import type { Clock, RandomSource } from "./clock";

export interface Deps {
  clock: Clock;
  random: RandomSource;
}

export const emptyScripts = (): Scripts => ({ prerequest: "", test: "" });
export const inheritAuth = (): Auth => ({ type: "inherit", attributes: [] });
export const noAuth = (): Auth => ({ type: "noauth", attributes: [] });
export const emptyBody = (): Body => ({
  mode: "none",
  raw: "",
  language: "json",
  urlencoded: [],
  formdata: [],
  graphql: { query: "", variables: "" },
});

function stamp(deps: Deps) {
  const t = deps.clock.now();
  return { id: deps.random.uuid(), schemaVersion: SCHEMA_VERSION, createdAt: t, updatedAt: t };
}

export function makeCollection(
  deps: Deps,
  init: Partial<Collection> & Pick<Collection, "workspaceId" | "name">,
): Collection {
  return {
    ...stamp(deps),
    description: "",
    variables: [],
    auth: noAuth(),
    scripts: emptyScripts(),
    settings: {},
    sort: 0,
    ...init,
  };
}

export function makeFolder(
  deps: Deps,
  init: Partial<Folder> & Pick<Folder, "collectionId" | "name">,
): Folder {
  return {
    ...stamp(deps),
    parentId: null,
    description: "",
    auth: inheritAuth(),
    scripts: emptyScripts(),
    variables: [],
    sort: 0,
    ...init,
  };
}

export function makeRequest(
  deps: Deps,
  init: Partial<Request> & Pick<Request, "collectionId" | "name">,
): Request {
  return {
    ...stamp(deps),
    parentId: null,
    method: "GET",
    url: "",
    params: [],
    pathVariables: [],
    headers: [],
    body: emptyBody(),
    auth: inheritAuth(),
    scripts: emptyScripts(),
    description: "",
    examples: [],
    variables: [],
    settings: {},
    sort: 0,
    ...init,
  };
}

export function makeEnvironment(
  deps: Deps,
  init: Partial<Environment> & Pick<Environment, "workspaceId" | "name">,
): Environment {
  return { ...stamp(deps), variables: [], ...init };
}
