/**
 * Each workspace's cookie jar: one row per cookie, keyed [workspaceId, domain, path, key] (the
 * jar's own identity for a cookie), so the cookie manager edits one row and a jar's changes are
 * written row by row. The key serves every query: a workspace's cookies are the key range under
 * its id, a domain's the range under [id, domain].
 */
import Dexie from "dexie";
import { loadCookieJar } from "../../core/cookies/index";
import type { CookieChange, CookieId, CookieRecord } from "../../core/cookies/types";
import type { Id } from "../../core/model";
import type { CookieRowKey } from "../db";
import type { RepoContext } from "./context";
import type { CookieRow, Repos } from "./types";

const keyOf = (workspaceId: Id, id: CookieId): CookieRowKey => [
  workspaceId,
  id.domain,
  id.path,
  id.key,
];

/** A row without its workspace: the jar's record. */
function toRecord(row: CookieRow): CookieRecord {
  const { workspaceId: _ws, ...record } = row;
  return record;
}

/** The cookies repository. */
export function makeCookiesRepo(ctx: RepoContext): Repos["cookies"] {
  const { db, deps } = ctx;
  const range = (workspaceId: Id, domain?: string) => {
    const lo = domain === undefined ? Dexie.minKey : domain;
    const hi = domain === undefined ? Dexie.maxKey : domain;
    return db.cookies
      .where("[workspaceId+domain+path+key]")
      .between(
        [workspaceId, lo, Dexie.minKey, Dexie.minKey],
        [workspaceId, hi, Dexie.maxKey, Dexie.maxKey],
        true,
        true,
      );
  };
  const write = (workspaceId: Id, changes: readonly CookieChange[]) =>
    ctx.write(() =>
      db.transaction("rw", db.cookies, async () => {
        for (const change of changes) {
          if (change.kind === "put") await db.cookies.put({ ...change.cookie, workspaceId });
          else await db.cookies.delete(keyOf(workspaceId, change.id));
        }
      }),
    );
  return {
    list: (workspaceId, domain) =>
      ctx.read(async () => (await range(workspaceId, domain).toArray()).map(toRecord)),
    put: (workspaceId, cookie) =>
      ctx.write(async () => void (await db.cookies.put({ ...cookie, workspaceId }))),
    delete: (workspaceId, id) => ctx.write(() => db.cookies.delete(keyOf(workspaceId, id))),
    clearDomain: (workspaceId, domain) =>
      ctx.write(async () => void (await range(workspaceId, domain).delete())),
    clear: (workspaceId) => ctx.write(async () => void (await range(workspaceId).delete())),
    loadJar: async (workspaceId) => {
      const rows = await ctx.read(() => range(workspaceId).toArray());
      return loadCookieJar({ clock: deps.clock, cookies: rows.map(toRecord) });
    },
    saveJar: (workspaceId, jar) => write(workspaceId, jar.takeChanges()),
    apply: write,
  };
}
