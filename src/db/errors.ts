/**
 * Turns whatever IndexedDB or Dexie threw into a {@link DbError} with a code the UI can explain.
 * Dexie wraps the browser's error (`inner`), and bulk operations collect several (`failures`),
 * so the quota check looks through those too.
 */
import type { DbErrorCode } from "./repos/types";
import { DbError } from "./repos/types";
import type { SatchelDb } from "./db";

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The error and every error it wraps, outermost first (bounded, in case of cycles). */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [error];
  while (queue.length && out.length < 20) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const like = e as ErrorLike;
    out.push(like);
    queue.push(like.inner, like.cause);
    if (Array.isArray(like.failures)) queue.push(...like.failures);
    else if (like.failures && typeof like.failures === "object") {
      queue.push(...Object.values(like.failures));
    }
  }
  return out;
}

const OPEN_NAMES = new Set([
  "OpenFailedError",
  "DatabaseClosedError",
  "MissingAPIError",
  "InvalidStateError",
]);

/** Maps a thrown value to a DbError; `fallback` is used when nothing more precise fits. */
export function toDbError(error: unknown, fallback: DbErrorCode = "WRITE_FAILED"): DbError {
  if (error instanceof DbError) return error;
  const names = chain(error).map((e) => String(e.name ?? ""));
  const message = error instanceof Error ? error.message : String(error);
  let code: DbErrorCode = fallback;
  if (names.includes("QuotaExceededError")) code = "QUOTA_EXCEEDED";
  else if (names.includes("VersionError")) code = "VERSION_CHANGED";
  else if (names.some((n) => OPEN_NAMES.has(n))) code = "OPEN_FAILED";
  return new DbError(code, message || code, error);
}

/**
 * Runs a storage operation and rejects only with DbError: VERSION_CHANGED once another tab
 * upgraded the database, UPGRADE_BLOCKED while our own upgrade waits for other tabs.
 */
export async function guard<T>(
  db: SatchelDb,
  fallback: DbErrorCode,
  operation: () => Promise<T>,
): Promise<T> {
  if (db.state.versionChanged) {
    throw new DbError("VERSION_CHANGED", "The database was upgraded by a newer version.");
  }
  let stopListening = () => {};
  const blocked = new Promise<never>((_, reject) => {
    const onBlocked = () =>
      reject(new DbError("UPGRADE_BLOCKED", "Close other Satchel tabs to finish the upgrade."));
    if (db.state.blocked && !db.isOpen()) onBlocked();
    db.state.onBlocked.add(onBlocked);
    stopListening = () => db.state.onBlocked.delete(onBlocked);
  });
  try {
    return await Promise.race([operation(), blocked]);
  } catch (error) {
    throw toDbError(error, fallback);
  } finally {
    stopListening();
  }
}
