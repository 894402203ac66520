/**
 * The repository API: the only way the rest of the app reads or writes stored data.
 * Implemented over Dexie in this folder; UI tests use an in-memory fake with the same shape.
 * Every method rejects with a {@link DbError} (never a raw Dexie error).
 */
import type {
  Bundle,
  Collection,
  Environment,
  Folder,
  Globals,
  HistoryEntry,
  Id,
  Request,
  Workspace,
} from "../../core/model";
import type { CookieChange, CookieId, CookieJar, CookieRecord } from "../../core/cookies/types";
import type { StoredRun } from "../../core/runner/types";
import type { TreeKind, TreeNode } from "../../core/tree";
import type { OAuth2TokensRepo } from "./oauth2Tokens";

/** How many runs the `runs` table keeps (all collections together). */
export const RUNS_CAP = 50;
/** How many executions one stored run keeps (the first ones; totals stay exact in `stats`). */
export const RUN_ROWS_CAP = 5000;

/** What went wrong in storage, as a code the UI turns into words (src/ui/commands/errorText.ts). */
export type DbErrorCode =
  | "QUOTA_EXCEEDED"
  | "UPGRADE_BLOCKED"
  | "VERSION_CHANGED"
  | "NOT_FOUND"
  | "INVALID_MOVE"
  | "WRITE_FAILED"
  | "OPEN_FAILED";

/** A storage failure. Nothing already stored is changed when a write fails (one transaction). */
export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "DbError";
  }
}

/** What a delete removed, so it can be put back exactly (undo). Opaque to callers. */
export interface Trash {
  readonly rows: {
    collections: Collection[];
    folders: Folder[];
    requests: Request[];
  };
}

/** A stored file (multipart file field or binary body). */
export interface StoredFile {
  id: Id;
  name: string;
  type: string;
  blob: Blob;
  createdAt: number;
}

/**
 * An open tab's unsaved draft, kept so that a reload, a crash or an update loses nothing typed.
 * One row per tab, keyed by the request's id (an untitled tab's id for an untitled one).
 */
export interface StoredDraft {
  id: Id;
  /** The user's edits. */
  draft: Request;
  /**
   * The copy the draft started from: the stored row when it was opened (so a save after the
   * restore still notices someone else's change meanwhile), or an untitled tab's blank request.
   */
  base: Request;
  /** Never stored yet ("Untitled request"): restored as untitled. */
  isNew: boolean;
  /** When the row was written (for the order untitled drafts come back in). */
  updatedAt: number;
}

/**
 * One cookie of a workspace's jar: the jar's own record (Newman's cookie-jar file form, see
 * core/cookies/types.ts) under its workspace, keyed [workspaceId, domain, path, key].
 */
export type CookieRow = CookieRecord & { workspaceId: Id };

export interface Repos {
  workspace: {
    /** The default workspace if it exists yet (a read: never creates it). */
    current(): Promise<Workspace | undefined>;
    /** The default workspace, created (and seeded once, in the same transaction) on first use. */
    ensureDefault(seed?: (workspaceId: Id) => Bundle): Promise<Workspace>;
  };
  collections: {
    list(): Promise<Collection[]>;
    get(id: Id): Promise<Collection | undefined>;
    put(collection: Collection): Promise<void>;
  };
  folders: {
    get(id: Id): Promise<Folder | undefined>;
    put(folder: Folder): Promise<void>;
    /** Every folder of every collection (the app holds them for Send's ancestors). */
    list(): Promise<Folder[]>;
    listByCollection(collectionId: Id): Promise<Folder[]>;
  };
  requests: {
    get(id: Id): Promise<Request | undefined>;
    put(request: Request): Promise<void>;
    listByCollection(collectionId: Id): Promise<Request[]>;
  };
  tree: {
    /**
     * Every collection, folder and request as light nodes, or only those of `kind`: the
     * sidebar reads each kind on its own, so a change to one table re-reads only that table,
     * and a new collection shows without waiting for its requests to be read.
     */
    listNodes(kind?: TreeKind): Promise<TreeNode[]>;
    rename(kind: TreeKind, id: Id, name: string): Promise<void>;
    /** Deletes the node and everything under it; returns what to give `restore` for undo. */
    remove(kind: TreeKind, id: Id): Promise<Trash>;
    restore(trash: Trash): Promise<void>;
    /** Moves a folder or request; INVALID_MOVE when a folder would go inside itself. */
    move(
      kind: "folder" | "request",
      id: Id,
      to: { collectionId: Id; parentId: Id | null; sort: number },
    ): Promise<void>;
    /** Deep-copies the node (and its subtree) next to it, named "<name> copy"; returns the new id. */
    duplicate(kind: TreeKind, id: Id): Promise<Id>;
  };
  environments: {
    list(): Promise<Environment[]>;
    get(id: Id): Promise<Environment | undefined>;
    put(environment: Environment): Promise<void>;
    remove(id: Id): Promise<void>;
  };
  globals: {
    /** The workspace's globals row (created empty on first read). */
    get(workspaceId: Id): Promise<Globals>;
    put(globals: Globals): Promise<void>;
  };
  history: {
    /** Adds an entry; keeps the newest 1,000 and truncates bodies over 1 MB. */
    add(entry: HistoryEntry): Promise<void>;
    /** Newest first, without response bodies; `query` matches URL, method or name (any case). */
    list(opts?: { query?: string; limit?: number }): Promise<HistoryEntry[]>;
    /** One entry with its response body. */
    get(id: Id): Promise<HistoryEntry | undefined>;
    /** Entries with their response bodies, in one read, in the order of `ids` (gone ones left out). */
    getMany(ids: readonly Id[]): Promise<HistoryEntry[]>;
    clear(): Promise<void>;
  };
  settings: {
    get<T>(key: string, fallback: T): Promise<T>;
    set(key: string, value: unknown): Promise<void>;
  };
  imports: {
    /**
     * Writes an import, all or nothing, in ONE transaction: the chunks `next` hands out (until
     * it resolves to `undefined`), each written while the next is produced (a worker converting
     * it). Chunks hold collections (sorted after every stored one, in the order they come),
     * folders, requests, environments and globals (merged into the workspace's row: imported
     * keys win). A `next` that rejects, or a write that fails, aborts the whole import. Resolves,
     * once committed, to the tree nodes written (for `AppServices.reveal`).
     */
    storeStreamed(next: () => Promise<Bundle | undefined>): Promise<TreeNode[]>;
    /** Writes a whole bundle: {@link storeStreamed} with the bundle as its only chunk. */
    store(bundle: Bundle): Promise<TreeNode[]>;
  };
  runs: {
    /**
     * Stores a finished run; keeps the newest {@link RUNS_CAP} runs and the first
     * {@link RUN_ROWS_CAP} executions of each.
     */
    add(run: StoredRun): Promise<void>;
    /** A collection's runs, newest first. */
    list(collectionId: Id): Promise<StoredRun[]>;
    get(id: Id): Promise<StoredRun | undefined>;
    remove(id: Id): Promise<void>;
  };
  drafts: {
    /** Every stored draft, oldest write first. */
    list(): Promise<StoredDraft[]>;
    /** Writes (or replaces) the draft of tab `draft.id`, stamped now. */
    put(draft: Omit<StoredDraft, "updatedAt">): Promise<void>;
    /**
     * Writes drafts in one transaction that is issued before this call returns, for `pagehide`:
     * the page may be torn down before any promise continuation runs, so nothing here may wait
     * on one first (a plain `put` loses the write on a reload).
     */
    putNow(drafts: readonly Omit<StoredDraft, "updatedAt">[]): Promise<void>;
    /** Forgets the draft of tab `id` (saved, discarded or clean again); absent ids are fine. */
    remove(id: Id): Promise<void>;
  };
  /** Each workspace's cookie jar, one row per cookie (the cookie manager, Send and the runner). */
  cookies: {
    /** The workspace's cookies (or one domain's, exactly), by domain, path and name. */
    list(workspaceId: Id, domain?: string): Promise<CookieRecord[]>;
    /** Writes (or replaces) one cookie, as the cookie manager edits it. */
    put(workspaceId: Id, cookie: CookieRecord): Promise<void>;
    /** Removes one cookie; an absent one is fine. */
    delete(workspaceId: Id, id: CookieId): Promise<void>;
    /** Removes every cookie whose domain is `domain` (exactly). */
    clearDomain(workspaceId: Id, domain: string): Promise<void>;
    /** Removes every cookie of the workspace. */
    clear(workspaceId: Id): Promise<void>;
    /** A jar holding the workspace's stored cookies (expired ones left out). */
    loadJar(workspaceId: Id): Promise<CookieJar>;
    /**
     * Writes what changed in `jar` since it was loaded or last saved (`jar.takeChanges()`) in
     * one transaction, cookie by cookie, so a change another tab made to another cookie stays.
     */
    saveJar(workspaceId: Id, jar: CookieJar): Promise<void>;
    /** Applies changes (as a jar reports them) in one transaction. */
    apply(workspaceId: Id, changes: readonly CookieChange[]): Promise<void>;
  };
  /** OAuth 2.0 tokens per collection (the token manager; Send refreshes them). */
  oauth2Tokens: OAuth2TokensRepo;
  files: {
    put(file: { name: string; type: string; blob: Blob }): Promise<Id>;
    get(id: Id): Promise<StoredFile | undefined>;
  };
}
