/**
 * Hoppscotch collection export: one collection object or an array of them, each with
 * `folders` (nested collections) and `requests`.
 */
import type { Deps } from "../../factory";
import { makeCollection, makeFolder } from "../../factory";
import type { Bundle, Collection, Id, Variable } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import type { ImportedFile } from "../har/index";
import { at, ImportFailure, isObject, list, object, text } from "../postman/read";
import { importAuth } from "./auth";
import { convertVars, importRequest, rows } from "./request";

/** True for a parsed Hoppscotch collection (or array of them). */
export function looksLikeHoppscotch(json: unknown): boolean {
  const first = Array.isArray(json) ? json[0] : json;
  return (
    isObject(first) &&
    Array.isArray(first.requests) &&
    Array.isArray(first.folders) &&
    ("v" in first || first.requests.some((r) => isObject(r) && "endpoint" in r))
  );
}

interface Walk {
  deps: Deps;
  collectionId: Id;
  warnings: string[];
  out: Bundle;
}

/** Collection-level variables `[{key, initialValue | value, secret}]`. */
function variables(value: unknown, path: string): Variable[] {
  return list(value, path).map((v, i) => {
    const o = object(v, at(path, i));
    const init = o.initialValue ?? o.value;
    return {
      key: text(o.key, at(at(path, i), "key")),
      value: convertVars(text(init, at(at(path, i), "initialValue"))),
      type: o.secret === true ? "secret" : "default",
      enabled: true,
    };
  });
}

/** Walk folders and requests of one collection node. */
function walk(
  o: Record<string, unknown>,
  path: string,
  parentId: Id | null,
  w: Walk,
  depth: number,
) {
  list(o.requests, at(path, "requests")).forEach((r, i) => {
    const place = { collectionId: w.collectionId, parentId, sort: i + 1, warnings: w.warnings };
    w.out.requests.push(importRequest(r, at(at(path, "requests"), i), w.deps, place));
  });
  const folders = list(o.folders, at(path, "folders"));
  folders.forEach((f, i) => {
    const p = at(at(path, "folders"), i);
    const fo = object(f, p);
    if (depth >= 64) throw new ImportFailure(p, "folders are nested too deeply");
    const folder = makeFolder(w.deps, {
      collectionId: w.collectionId,
      parentId,
      name: text(fo.name, at(p, "name")),
      auth: importAuth(fo.auth, at(p, "auth"), w.warnings),
      variables: variables(fo.variables, at(p, "variables")),
      sort: 1000 + i,
    });
    w.out.folders.push(folder);
    walk(fo, p, folder.id, w, depth + 1);
  });
}

function collection(
  value: unknown,
  path: string,
  deps: Deps,
  workspaceId: Id,
  w: Omit<Walk, "collectionId">,
  sort: number,
): Collection {
  const o = object(value, path || "$");
  const c = makeCollection(deps, {
    workspaceId,
    name: text(o.name, at(path, "name")) || "Hoppscotch import",
    description: text(o.description, at(path, "description")),
    variables: variables(o.variables, at(path, "variables")),
    auth: importAuth(o.auth, at(path, "auth"), w.warnings),
    sort,
  });
  const headers = rows(o.headers, at(path, "headers"));
  if (headers.length) c.extra = { hoppscotchHeaders: headers };
  walk(o, path, null, { ...w, collectionId: c.id }, 0);
  return c;
}

/** Import a parsed Hoppscotch export into `workspaceId`. */
export function importHoppscotch(json: unknown, deps: Deps, workspaceId: Id): Result<ImportedFile> {
  const warnings: string[] = [];
  const out: Bundle = { collections: [], folders: [], requests: [], environments: [] };
  try {
    const roots = Array.isArray(json) ? json : [json];
    roots.forEach((r, i) => {
      const path = Array.isArray(json) ? `[${i}]` : "";
      out.collections.push(collection(r, path, deps, workspaceId, { deps, warnings, out }, i));
    });
    if (out.collections.some((c) => c.extra?.hoppscotchHeaders)) {
      warnings.push("Collection-level headers were kept aside; add them to requests if needed.");
    }
    return ok({ bundle: out, warnings: [...new Set(warnings)] });
  } catch (e) {
    if (e instanceof ImportFailure)
      return err({ code: "INVALID_HOPPSCOTCH", message: e.message, at: e.at });
    return err({ code: "INVALID_HOPPSCOTCH", message: e instanceof Error ? e.message : String(e) });
  }
}
