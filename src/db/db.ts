/**
 * The IndexedDB database: one Dexie table per entity, one row per document. Every schema change
 * is a new `db.version(n)` with a dated comment and an `.upgrade()`; old versions stay declared
 * so Dexie can upgrade any older database step by step.
 */
import Dexie from "dexie";
import type { Table } from "dexie";
import type {
  Collection,
  Environment,
  Folder,
  Globals,
  HistoryEntry,
  Id,
  Request,
  Workspace,
} from "../core/model";
import type { CookieRow, StoredDraft, StoredFile } from "./repos/types";
import { upgradeToV2, upgradeToV3 } from "./migrations";
import type { StoredRun } from "../core/runner/types";
import type { OAuth2TokenRow } from "./repos/oauth2Tokens";

/** A settings row: one value per key. */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

/** Connection state the repositories read to turn failures into the right error code. */
export interface DbState {
  /** Set when another tab asked for a newer version: this connection is closed for good. */
  versionChanged: boolean;
  /** Set while our own open/upgrade waits for other tabs to close. */
  blocked: boolean;
  /** Called when our open/upgrade becomes blocked. */
  onBlocked: Set<() => void>;
  /**
   * Called when a blocked open/upgrade has finished after all (the other tab closed): whatever
   * failed with UPGRADE_BLOCKED meanwhile (live queries, the start-up reads) can run again.
   */
  onRecovered: Set<() => void>;
}

/** The Satchel database with its typed tables. */
export type SatchelDb = Dexie & {
  workspaces: Table<Workspace, Id>;
  collections: Table<Collection, Id>;
  folders: Table<Folder, Id>;
  requests: Table<Request, Id>;
  environments: Table<Environment, Id>;
  globals: Table<Globals, Id>;
  history: Table<HistoryEntry, Id>;
  historyBodies: Table<HistoryBodyRow, Id>;
  settings: Table<SettingRow, string>;
  files: Table<StoredFile, Id>;
  runs: Table<StoredRun, Id>;
  drafts: Table<StoredDraft, Id>;
  cookies: Table<CookieRow, CookieRowKey>;
  oauth2Tokens: Table<OAuth2TokenRow, Id>;
  state: DbState;
};

/** The table stores of version 1, also used by the migration tests to write a v1 database. */
export const SCHEMA_V1 = {
  workspaces: "id",
  collections: "id",
  folders: "id, collectionId",
  requests: "id, collectionId",
  environments: "id",
  globals: "id, workspaceId",
  history: "id, sentAt",
  settings: "key",
  files: "id",
} as const;

/** Version 2 adds the parentId indexes that subtree walks (remove, move, duplicate) query. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  folders: "id, collectionId, parentId",
  requests: "id, collectionId, parentId",
} as const;

/**
 * Version 3 keeps history bodies (up to 1 MB each) in their own table, so listing history reads
 * only the small entries.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  historyBodies: "id",
} as const;

/** Version 4 keeps collection runs (summary + per-request rows), listed per collection by date. */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  runs: "id, collectionId, startedAt",
} as const;

/** Version 5 keeps open tabs' unsaved drafts, one row per tab (the request's id). */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  drafts: "id",
} as const;

/**
 * Version 6 keeps each workspace's cookie jar, one row per cookie, keyed as the jar keys them
 * (domain, path, name) under the workspace. The key alone answers every query (a workspace's
 * cookies, one domain's), so there is no other index.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  cookies: "[workspaceId+domain+path+key]",
} as const;

/**
 * Version 7 keeps OAuth 2.0 tokens (the token manager), one row per token, listed per collection
 * (Postman keeps them per collection too).
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  oauth2Tokens: "id, collectionId",
} as const;

/** A cookie row's primary key: [workspaceId, domain, path, key]. */
export type CookieRowKey = [Id, string, string, string];

/** A history entry's response body, stored apart from the entry (same id). */
export interface HistoryBodyRow {
  id: Id;
  body: string;
}

/** Options for tests: a fake IndexedDB (fake-indexeddb) instead of the browser's. */
export interface MakeDbOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Creates (does not open) the database; Dexie opens it on first use. */
export function makeDb(name = "satchel", options: MakeDbOptions = {}): SatchelDb {
  const db = new Dexie(name, {
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as SatchelDb;

  // 2026-11-30 — v1: the first schema, one table per entity. A new database is created at the
  // latest version directly, so there is nothing to upgrade from.
  db.version(1)
    .stores(SCHEMA_V1)
    .upgrade(() => undefined);

  // 2026-11-30 — v2: folders and requests indexed by parentId; rows missing parentId (written
  // by early v1 imports) get null, and every document gets a schemaVersion.
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);

  // 2026-11-30 — v3: history response bodies move to `historyBodies`, so opening the history
  // list no longer loads up to 1,000 bodies of up to 1 MB each.
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);

  // 2026-11-30 — v4: the `runs` table for the collection runner's history (new table, nothing
  // to move).
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade(() => undefined);

  // 2026-12-07 — v5: the `drafts` table, so unsaved edits in open tabs survive a reload, a
  // crash or an update (new table, nothing to move).
  db.version(5)
    .stores(SCHEMA_V5)
    .upgrade(() => undefined);

  // 2026-12-07 — v6: the `cookies` table, a cookie jar per workspace that the agent's and the
  // proxy's responses fill (new table, nothing to move).
  db.version(6)
    .stores(SCHEMA_V6)
    .upgrade(() => undefined);

  // 2026-12-07 — v7: the `oauth2Tokens` table, the OAuth 2.0 token manager's tokens per
  // collection (new table, nothing to move).
  db.version(7)
    .stores(SCHEMA_V7)
    .upgrade(() => undefined);

  const state: DbState = {
    versionChanged: false,
    blocked: false,
    onBlocked: new Set(),
    onRecovered: new Set(),
  };
  db.state = state;
  // Another tab is upgrading: Dexie's own handler closes this connection; remember it so the
  // next call says VERSION_CHANGED (reload) instead of reopening an outdated schema.
  db.on("versionchange", () => {
    state.versionChanged = true;
  });
  db.on("blocked", () => {
    state.blocked = true;
    for (const listener of state.onBlocked) listener();
  });
  db.on(
    "ready",
    () => {
      const wasBlocked = state.blocked;
      state.blocked = false;
      if (wasBlocked) for (const listener of state.onRecovered) listener();
    },
    true,
  );
  return db;
}
