/**
 * Storage coming back by itself: when our schema upgrade waited for an old tab (Dexie's
 * `blocked`), everything read meanwhile failed with UPGRADE_BLOCKED. Once that tab closes the
 * upgrade finishes and the database opens; this accessor then changes, so live queries
 * subscribe again (`createLiveQuery`'s `revive`) and start-up work can run again.
 */
import type { Accessor } from "solid-js";
import { createSignal, getOwner, onCleanup } from "solid-js";

/** How many times storage recovered; `recovered` is the database's listener set (`DbState`). */
export function createStorageRevival(recovered: Set<() => void>): Accessor<number> {
  const [count, setCount] = createSignal(0);
  const listener = () => setCount((n) => n + 1);
  recovered.add(listener);
  if (getOwner()) onCleanup(() => recovered.delete(listener));
  return count;
}
