/**
 * A Dexie `liveQuery` as a Solid accessor: re-runs when the tables it read change, in this tab,
 * another tab or a worker. Unsubscribes with the owner. A failed run is logged and the last good
 * value stays; the accessor shows `initial` only until the first result.
 */
import { liveQuery } from "dexie";
import type { Accessor } from "solid-js";
import { createSignal, onCleanup } from "solid-js";

/** Live result of `query`, starting at `initial`. */
export function createLiveQuery<T>(query: () => Promise<T>, initial: T): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial);
  const subscription = liveQuery(query).subscribe({
    next: (next) => setValue(() => next),
    error: (error: unknown) => console.error("Live query failed; keeping the last value.", error),
  });
  onCleanup(() => subscription.unsubscribe());
  return value;
}
