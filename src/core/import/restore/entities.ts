/**
 * One entity at a time: every field src/core/model.ts requires, from untrusted input. Ids and
 * references are decided by the caller (references.ts) and passed in; everything else is read
 * here. Fields the model does not know are dropped (importers keep foreign fields in `extra`).
 */
import type { Collection, Environment, Folder, Globals, Id, Request } from "../../model";
import { SCHEMA_VERSION } from "../../model";
import type { PartCtx } from "./parts";
import {
  auth,
  body,
  collectionSettings,
  examples,
  keyValues,
  requestSettings,
  scripts,
  variables,
} from "./parts";
import type { Json } from "./values";
import { at, extraOf, num, put, RestoreFailure, text } from "./values";

/** A part reader's context plus the time for missing timestamps. */
export interface EntityCtx extends PartCtx {
  now: number;
}

/**
 * id, schemaVersion and timestamps. A row written by a newer Satchel cannot be read safely
 * (fields would be lost without a word): RESTORE_NEWER_SCHEMA.
 */
function stored(o: Json, id: Id, ctx: EntityCtx, path: string) {
  const version = num(o.schemaVersion);
  if (version !== undefined && version > SCHEMA_VERSION) {
    throw new RestoreFailure(
      "RESTORE_NEWER_SCHEMA",
      `This was saved by a newer version of Satchel (schema ${version}; this one reads up to ${SCHEMA_VERSION}).`,
      at(path, "schemaVersion"),
    );
  }
  const createdAt = num(o.createdAt) ?? ctx.now;
  return { id, schemaVersion: SCHEMA_VERSION, createdAt, updatedAt: num(o.updatedAt) ?? createdAt };
}

/** A collection of `workspaceId`. */
export function collection(
  o: Json,
  ids: { id: Id; workspaceId: Id },
  ctx: EntityCtx,
  path: string,
): Collection {
  const c: Collection = {
    ...stored(o, ids.id, ctx, path),
    workspaceId: ids.workspaceId,
    name: text(o.name, ctx.notes, at(path, "name")),
    description: text(o.description, ctx.notes, at(path, "description")),
    variables: variables(o.variables, ctx, at(path, "variables")),
    auth: auth(o.auth, ctx, at(path, "auth"), "noauth"),
    scripts: scripts(o.scripts, ctx, at(path, "scripts")),
    settings: collectionSettings(o.settings, ctx),
    sort: num(o.sort) ?? Infinity,
  };
  put(c, "extra", extraOf(o.extra, ctx.notes, at(path, "extra")));
  return c;
}

/** Where a folder or request sits (decided by the caller). */
export interface Place {
  id: Id;
  collectionId: Id;
  parentId: Id | null;
}

/** A folder at `place`. */
export function folder(o: Json, place: Place, ctx: EntityCtx, path: string): Folder {
  const f: Folder = {
    ...stored(o, place.id, ctx, path),
    collectionId: place.collectionId,
    parentId: place.parentId,
    name: text(o.name, ctx.notes, at(path, "name")),
    description: text(o.description, ctx.notes, at(path, "description")),
    auth: auth(o.auth, ctx, at(path, "auth"), "inherit"),
    scripts: scripts(o.scripts, ctx, at(path, "scripts")),
    variables: variables(o.variables, ctx, at(path, "variables")),
    sort: num(o.sort) ?? Infinity,
  };
  put(f, "extra", extraOf(o.extra, ctx.notes, at(path, "extra")));
  return f;
}

/** A request at `place`; the method upper case, GET when missing. */
export function request(o: Json, place: Place, ctx: EntityCtx, path: string): Request {
  const r: Request = {
    ...stored(o, place.id, ctx, path),
    collectionId: place.collectionId,
    parentId: place.parentId,
    name: text(o.name, ctx.notes, at(path, "name")),
    method: text(o.method, ctx.notes, at(path, "method")).trim() || "GET",
    url: text(o.url, ctx.notes, at(path, "url")),
    params: keyValues(o.params, ctx, at(path, "params")),
    pathVariables: keyValues(o.pathVariables, ctx, at(path, "pathVariables")),
    headers: keyValues(o.headers, ctx, at(path, "headers")),
    body: body(o.body, ctx, at(path, "body")),
    auth: auth(o.auth, ctx, at(path, "auth"), "inherit"),
    scripts: scripts(o.scripts, ctx, at(path, "scripts")),
    description: text(o.description, ctx.notes, at(path, "description")),
    examples: examples(o.examples, ctx, at(path, "examples")),
    variables: variables(o.variables, ctx, at(path, "variables")),
    settings: requestSettings(o.settings, ctx, at(path, "settings")),
    sort: num(o.sort) ?? Infinity,
  };
  put(r, "extra", extraOf(o.extra, ctx.notes, at(path, "extra")));
  return r;
}

/** An environment of `workspaceId`. */
export function environment(
  o: Json,
  ids: { id: Id; workspaceId: Id },
  ctx: EntityCtx,
  path: string,
): Environment {
  const e: Environment = {
    ...stored(o, ids.id, ctx, path),
    workspaceId: ids.workspaceId,
    name: text(o.name, ctx.notes, at(path, "name")),
    variables: variables(o.variables, ctx, at(path, "variables")),
  };
  put(e, "extra", extraOf(o.extra, ctx.notes, at(path, "extra")));
  return e;
}

/** The globals row of `workspaceId`. */
export function globals(
  o: Json,
  ids: { id: Id; workspaceId: Id },
  ctx: EntityCtx,
  path: string,
): Globals {
  return {
    ...stored(o, ids.id, ctx, path),
    workspaceId: ids.workspaceId,
    variables: variables(o.variables, ctx, at(path, "variables")),
  };
}
