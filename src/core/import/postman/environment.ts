/** Postman environment and globals exports → our Environment and Globals variable lists. */
import type { Deps } from "../../factory";
import { makeEnvironment } from "../../factory";
import type { Environment, Globals, Id } from "../../model";
import { SCHEMA_VERSION } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { failure } from "./collection";
import { extras, maybe, object, rest, text } from "./read";
import { variables } from "./rows";

/**
 * Import a Postman environment (`{id, name, values: [...]}`); its Postman id goes to
 * `extra.postmanId`, `_postman_*` metadata to extra.
 */
export function importPostmanEnvironment(
  json: unknown,
  deps: Deps,
  workspaceId: Id,
): Result<Environment> {
  try {
    const o = object(json, "$");
    const env = makeEnvironment(deps, {
      workspaceId,
      name: text(o.name, "name"),
      variables: variables(o.values, "values"),
    });
    const extra = extras(
      maybe("postmanId", typeof o.id === "string" ? o.id : undefined),
      rest(o, ["id", "name", "values"]),
    );
    if (extra) env.extra = extra;
    return ok(env);
  } catch (e) {
    return err(failure(e));
  }
}

/**
 * Import a Postman globals export (`{values: [...]}`, the same shape as an environment) as a
 * Globals row for `workspaceId` (the caller merges it into the workspace's one row).
 */
export function importPostmanGlobals(json: unknown, deps: Deps, workspaceId: Id): Result<Globals> {
  try {
    const o = object(json, "$");
    const t = deps.clock.now();
    return ok({
      id: deps.random.uuid(),
      schemaVersion: SCHEMA_VERSION,
      createdAt: t,
      updatedAt: t,
      workspaceId,
      variables: variables(o.values, "values"),
    });
  } catch (e) {
    return err(failure(e));
  }
}
