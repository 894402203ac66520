/** A stand-in for `createLiveQuery` in tests: runs the query once, plus `refresh()` to re-run. */
import type { Accessor } from "solid-js";
import { createSignal, getOwner, onCleanup } from "solid-js";

const refreshers = new Set<() => void>();

/** Runs `query` now and on every `refreshOnceQueries()`. */
export function onceQuery<T>(query: () => Promise<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  const run = () => void query().then((v) => setValue(() => v));
  refreshers.add(run);
  if (getOwner()) onCleanup(() => refreshers.delete(run));
  run();
  return value;
}

/** Re-runs every test live query (simulates a storage change notification). */
export function refreshOnceQueries(): void {
  for (const run of refreshers) run();
}

/** Forgets all registered queries (between tests). */
export function resetOnceQueries(): void {
  refreshers.clear();
}
