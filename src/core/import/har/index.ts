/**
 * HAR 1.2 → one collection: each entry a request with its response as a saved example; entries
 * grouped into one folder per host when they come from several hosts.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */
import type { Deps } from "../../factory";
import { makeCollection, makeFolder } from "../../factory";
import type { Bundle, Folder, Id, Request } from "../../model";
import type { Result } from "../../result";
import { err, ok } from "../../result";
import { at, ImportFailure, isObject, list, object, text } from "../postman/read";
import { importEntry } from "./entry";

/** A converted file: the bundle to store and what could not be applied. */
export interface ImportedFile {
  bundle: Bundle;
  warnings: string[];
}

/** True when `json` has the shape of a HAR file (`log.entries`). */
export const looksLikeHar = (json: unknown): boolean =>
  isObject(json) && isObject(json.log) && Array.isArray(json.log.entries);

/** The host of an entry's URL (lower case), "" when it has none. */
function hostOf(entry: unknown): string {
  const req = isObject(entry) && isObject(entry.request) ? entry.request : undefined;
  const url = typeof req?.url === "string" ? req.url : "";
  return (/^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? "").toLowerCase();
}

/** The collection's name: the file name without extension, else the creator's, else a default. */
function nameOf(log: Record<string, unknown>, fileName?: string): string {
  const file = fileName?.replace(/^.*[\\/]/, "").replace(/\.har$|\.json$/i, "");
  if (file) return file;
  const creator = isObject(log.creator) ? text(log.creator.name, "log.creator.name") : "";
  return creator ? `HAR from ${creator}` : "Imported HAR";
}

/** Import a parsed HAR file into `workspaceId`; `fileName` names the collection. */
export function importHar(
  json: unknown,
  deps: Deps,
  workspaceId: Id,
  fileName?: string,
): Result<ImportedFile> {
  try {
    const log = object(object(json, "$").log, "log");
    const entries = list(log.entries, "log.entries");
    const collection = makeCollection(deps, { workspaceId, name: nameOf(log, fileName) });
    const hosts = [...new Set(entries.map(hostOf))];
    const folders = new Map<string, Folder>();
    if (hosts.length > 1) {
      hosts.forEach((host, i) => {
        const name = host || "(no host)";
        const f = makeFolder(deps, { collectionId: collection.id, name, sort: i + 1 });
        folders.set(host, f);
      });
    }
    const requests: Request[] = entries.map((e, i) =>
      importEntry(e, at("log.entries", i), deps, {
        collectionId: collection.id,
        parentId: folders.get(hostOf(e))?.id ?? null,
        sort: i + 1,
      }),
    );
    const bundle: Bundle = {
      collections: [collection],
      folders: [...folders.values()],
      requests,
      environments: [],
    };
    return ok({ bundle, warnings: [] });
  } catch (e) {
    if (e instanceof ImportFailure)
      return err({ code: "INVALID_HAR", message: e.message, at: e.at });
    return err({ code: "INVALID_HAR", message: e instanceof Error ? e.message : String(e) });
  }
}
