/**
 * The app's storage singletons: the host's clock and randomness, and the repositories over the
 * browser's IndexedDB. Components reach them through `useApp()`, never by importing this module.
 */
import type { Deps } from "../../core/factory";
import { makeDb } from "../../db/db";
import type { Repos } from "../../db/repos/index";
import { makeRepos } from "../../db/repos/index";
import { makeDraftJournal } from "../../db/repos/draftJournal";

/** A v4 UUID from the Web Crypto API (randomUUID needs a secure context; fall back to bytes). */
function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The browser host's clock and random source. */
export const appDeps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid },
};

const db = makeDb();

/** The repositories over the "satchel" database (opened on first use). */
export const repos: Repos = makeRepos(db, appDeps, {
  draftJournal: makeDraftJournal(globalThis.localStorage),
});

/** Listeners called when an upgrade that waited for another tab has finished (see DbState). */
export const storageRecovered: Set<() => void> = db.state.onRecovered;

let persistence: Promise<boolean> | undefined;

/**
 * Asks the browser once to keep our storage when space runs low (`navigator.storage.persist`).
 * Call it after the user has data worth keeping; resolves whether storage is persistent.
 */
export function requestPersistence(): Promise<boolean> {
  persistence ??= (async () => {
    const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
    if (!storage?.persist) return false;
    if (await storage.persisted?.()) return true;
    return storage.persist();
  })().catch(() => false);
  return persistence;
}
