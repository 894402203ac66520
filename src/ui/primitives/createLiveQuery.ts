/**
 * A Dexie `liveQuery` as a Solid accessor: re-runs when the tables it read change, in this tab,
 * another tab or a worker. Unsubscribes with the owner. A failed run is logged and the last good
 * value stays; the accessor shows `initial` only until the first result.
 *
 * A failed run ends Dexie's subscription for good (it no longer knows which tables to watch), so
 * a query that failed while an upgrade was blocked would never run again: `revive` subscribes
 * anew each time it changes (see `createStorageRevival`).
 */
import { liveQuery } from "dexie";
import type { Accessor } from "solid-js";
import { createComputed, createSignal, on, onCleanup } from "solid-js";

/** Live result of `query`, starting at `initial`; subscribes again whenever `revive` changes. */
export function createLiveQuery<T>(
  query: () => Promise<T>,
  initial: T,
  revive?: Accessor<unknown>,
): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  let subscription: { unsubscribe(): void } | undefined;
  const subscribe = () => {
    subscription?.unsubscribe();
    subscription = liveQuery(query).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => console.error("Live query failed; keeping the last value.", error),
    });
  };
  subscribe();
  if (revive) createComputed(on(revive, subscribe, { defer: true }));
  onCleanup(() => subscription?.unsubscribe());
  return value;
}
