/**
 * Request history: newest first, capped at {@link HISTORY_CAP} entries. Bodies live in their own
 * table (`list` returns entries without them; `get` joins the body back). Response bodies longer
 * than {@link MAX_BODY_CHARS} UTF-16 code units are cut there (nothing is appended; compare
 * `response.sizeBytes` with the stored length to tell the body was truncated).
 */
import type { HistoryEntry } from "../../core/model";
import type { Repos } from "./types";
import type { RepoContext } from "./context";
import { touched } from "./stamp";

/** How many entries history keeps; older ones are deleted in the same transaction. */
export const HISTORY_CAP = 1000;
/** The longest stored response body, in characters (1 MiB of UTF-16 code units). */
export const MAX_BODY_CHARS = 1024 * 1024;
/** How many entries `list` returns when no limit is given. */
export const DEFAULT_HISTORY_LIMIT = 200;

/** Cuts `body` to `max` characters without splitting a surrogate pair. */
export function truncateBody(body: string, max = MAX_BODY_CHARS): string {
  if (body.length <= max) return body;
  const last = body.charCodeAt(max - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return body.slice(0, end);
}

function matches(entry: HistoryEntry, needle: string): boolean {
  return [entry.request.method, entry.request.url, entry.resolvedUrl, entry.request.name].some(
    (field) => typeof field === "string" && field.toLowerCase().includes(needle),
  );
}

/** The history repository. */
export function makeHistoryRepo(ctx: RepoContext): Repos["history"] {
  const { db, deps } = ctx;
  return {
    add: (entry) =>
      ctx.write(() =>
        db.transaction("rw", db.history, db.historyBodies, async () => {
          const { responseBody, ...row } = touched(entry, deps);
          await db.history.put(row);
          if (responseBody !== undefined) {
            await db.historyBodies.put({ id: row.id, body: truncateBody(responseBody) });
          }
          const excess = (await db.history.count()) - HISTORY_CAP;
          if (excess > 0) {
            const oldest = await db.history.orderBy("sentAt").limit(excess).primaryKeys();
            await db.history.bulkDelete(oldest);
            await db.historyBodies.bulkDelete(oldest);
          }
        }),
      ),
    list: (opts = {}) =>
      ctx.read(() => {
        const needle = opts.query?.trim().toLowerCase() ?? "";
        let rows = db.history.orderBy("sentAt").reverse();
        if (needle) rows = rows.filter((entry) => matches(entry, needle));
        return rows.limit(opts.limit ?? DEFAULT_HISTORY_LIMIT).toArray();
      }),
    get: (id) =>
      ctx.read(() =>
        db.transaction("r", db.history, db.historyBodies, async () => {
          const entry = await db.history.get(id);
          if (!entry) return undefined;
          const body = await db.historyBodies.get(id);
          return body ? { ...entry, responseBody: body.body } : entry;
        }),
      ),
    getMany: (ids) =>
      ctx.read(() =>
        db.transaction("r", db.history, db.historyBodies, async () => {
          const keys = [...ids];
          const [entries, bodies] = await Promise.all([
            db.history.bulkGet(keys),
            db.historyBodies.bulkGet(keys),
          ]);
          const out: HistoryEntry[] = [];
          entries.forEach((entry, i) => {
            const body = bodies[i];
            if (entry) out.push(body ? { ...entry, responseBody: body.body } : entry);
          });
          return out;
        }),
      ),
    clear: () =>
      ctx.write(() =>
        db.transaction("rw", db.history, db.historyBodies, async () => {
          await db.history.clear();
          await db.historyBodies.clear();
        }),
      ),
  };
}
