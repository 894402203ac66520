/** Data upgrades run by Dexie inside the version-change transaction (see db.ts). */
import type { Transaction } from "dexie";
import { SCHEMA_VERSION } from "../core/model";

/** Tables whose rows are documents with a `schemaVersion`. */
const DOCUMENT_TABLES = [
  "workspaces",
  "collections",
  "folders",
  "requests",
  "environments",
  "globals",
  "history",
] as const;

interface Doc {
  schemaVersion?: number;
  parentId?: string | null;
}

/**
 * v1 → v2: folders and requests get `parentId: null` where it was missing (so the new index and
 * the tree agree on "directly under the collection"), and every document gets a schemaVersion.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  for (const name of DOCUMENT_TABLES) {
    const treeRow = name === "folders" || name === "requests";
    await tx
      .table<Doc>(name)
      .toCollection()
      .modify((row) => {
        if (typeof row.schemaVersion !== "number") row.schemaVersion = SCHEMA_VERSION;
        if (treeRow && row.parentId === undefined) row.parentId = null;
      });
  }
}

/** v2 → v3: each history entry's `responseBody` moves to `historyBodies` under the same id. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const bodies = tx.table<{ id: string; body: string }>("historyBodies");
  await tx
    .table<{ id: string; responseBody?: string }>("history")
    .toCollection()
    .modify((row) => {
      if (row.responseBody === undefined) return;
      void bodies.put({ id: row.id, body: row.responseBody });
      delete row.responseBody;
    });
}
