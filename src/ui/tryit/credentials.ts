/**
 * Credentials a reader types into try-it panels. They live in this page's memory, shared by
 * the panels on it, and are gone on reload — unless the reader ticks "Remember on this site":
 * then they are also written to the docs site's sessionStorage (this tab, until it closes), and
 * unticking erases them there.
 */
import type { AuthValue } from "../../core/tryit/securityTypes";

const PREFIX = "satchel-try-it:auth:";
const FLAG = "satchel-try-it:remember";
const memory = new Map<string, AuthValue>();

/** sessionStorage, or undefined where the page may not use it (sandboxed frames, privacy modes). */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether the reader asked to remember credentials on this site. */
export function isRemembered(): boolean {
  return storage()?.getItem(FLAG) === "1";
}

/** What the reader entered for `scheme` earlier in this page (or remembered in this tab). */
export function recall(scheme: string): AuthValue | undefined {
  const kept = memory.get(scheme);
  if (kept) return kept;
  const stored = isRemembered() ? storage()?.getItem(PREFIX + scheme) : null;
  if (!stored) return undefined;
  try {
    return JSON.parse(stored) as AuthValue;
  } catch {
    return undefined;
  }
}

/** Keeps `value` for `scheme` in memory, and in sessionStorage when remembering is on. */
export function keep(scheme: string, value: AuthValue): void {
  memory.set(scheme, value);
  if (isRemembered()) storage()?.setItem(PREFIX + scheme, JSON.stringify(value));
}

/** Turns remembering on (writes what is in memory) or off (erases what was stored). */
export function setRemembered(on: boolean): void {
  const store = storage();
  if (!store) return;
  if (on) {
    store.setItem(FLAG, "1");
    for (const [scheme, value] of memory) store.setItem(PREFIX + scheme, JSON.stringify(value));
    return;
  }
  store.removeItem(FLAG);
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) store.removeItem(key);
  }
}

/** Forgets everything (tests). */
export function forgetAll(): void {
  memory.clear();
  setRemembered(false);
}
