/**
 * The collections and folders the app holds (live queries), and a Send's ancestors read from
 * them rather than from storage one level at a time. Rows this host writes itself (variable
 * write-back, settings dialogs) are held at once, until the live query has read them back, so
 * a Send right after such a write never sees the row from before it.
 */
import type { Accessor } from "solid-js";
import { createMemo } from "solid-js";
import type { Deps } from "../../core/factory";
import { makeCollection } from "../../core/factory";
import type { Collection, Folder, Id, Request } from "../../core/model";
import type { RowLookup } from "../../core/tree";
import { ancestorsOf } from "../../core/tree";
import type { Repos } from "../../db/repos/types";
import type { LiveQuery } from "../primitives/liveQuery";
import type { Ancestors } from "../stores/ports";

/** What {@link createHeldRows} gives the host. */
export interface HeldRows {
  collections: Accessor<readonly Collection[]>;
  folders: Accessor<readonly Folder[]>;
  /** The request's collection (a blank one for a new tab) and folders, outermost first. */
  ancestors(request: Request): Promise<Ancestors>;
  /** `repos` whose collection and folder puts are held at once (see the file comment). */
  repos: Repos;
}

type Written = { row: Collection | Folder; at: number };

/** Creates the held rows over `repos` (cleaned up with the owner, like the live queries). */
export function createHeldRows(repos: Repos, deps: Deps, live: LiveQuery): HeldRows {
  const collections = live<readonly Collection[]>(() => repos.collections.list(), []);
  const folders = live<readonly Folder[]>(() => repos.folders.list(), []);
  // Rows written here, by id, with the time the write started (the repo stamps updatedAt later).
  const written = new Map<Id, Written>();
  /** Holds `row` while `put` writes it; a failed write is not held. */
  const hold =
    <T extends Collection | Folder>(put: (row: T) => Promise<void>) =>
    (row: T) => {
      const entry = { row, at: deps.clock.now() };
      written.set(row.id, entry);
      return put(row).catch((error: unknown) => {
        if (written.get(row.id) === entry) written.delete(row.id);
        throw error;
      });
    };
  const collectionsById = createMemo(() => new Map(collections().map((r) => [r.id, r])));
  const foldersById = createMemo(() => new Map(folders().map((r) => [r.id, r])));
  /** The newer of the held write and the live row; a write the live row has caught up with ends. */
  const pick = <T extends Collection | Folder>(id: Id, stored: T | undefined): T | undefined => {
    const own = written.get(id);
    if (!own) return stored;
    if (stored && stored.updatedAt >= own.at) {
      written.delete(id);
      return stored;
    }
    return own.row as T;
  };
  const lookup: RowLookup = {
    collection: (id) => pick(id, collectionsById().get(id)),
    folder: (id) => pick(id, foldersById().get(id)),
  };
  /** Rows not held yet (created a moment ago, before the live query read them) from storage. */
  const fromStorage = async (request: Request): Promise<RowLookup> => {
    const found = new Map<Id, Collection | Folder>();
    const collectionId = request.collectionId;
    const collection =
      collectionId &&
      (lookup.collection(collectionId) ?? (await repos.collections.get(collectionId)));
    if (collection) found.set(collection.id, collection);
    for (let id = request.parentId, depth = 0; id && depth < 64; depth++) {
      const folder = lookup.folder(id) ?? (await repos.folders.get(id));
      if (!folder) break;
      found.set(folder.id, folder);
      id = folder.parentId;
    }
    return {
      collection: (id) => found.get(id) as Collection | undefined,
      folder: (id) => found.get(id) as Folder | undefined,
    };
  };
  const ancestors = async (request: Request): Promise<Ancestors> => {
    let chain = ancestorsOf(request, lookup);
    if (!chain.complete) chain = ancestorsOf(request, await fromStorage(request));
    const collection = chain.collection ?? makeCollection(deps, { workspaceId: "", name: "" });
    return { collection, folders: chain.folders };
  };
  const held: Repos = {
    ...repos,
    collections: { ...repos.collections, put: hold((row) => repos.collections.put(row)) },
    folders: { ...repos.folders, put: hold((row) => repos.folders.put(row)) },
  };
  return { collections, folders, ancestors, repos: held };
}
