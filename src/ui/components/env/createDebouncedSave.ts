/**
 * Debounced saving for editors that save as you type: `schedule(value)` saves the latest value
 * after a pause, `flush()` saves now. Pending edits are flushed when the owner is disposed (e.g.
 * the dialog closes), so nothing typed is lost.
 */
import { getOwner, onCleanup } from "solid-js";

/** What {@link createDebouncedSave} returns. */
export interface DebouncedSave<T> {
  schedule(value: T): void;
  /** Saves a pending value now; resolves when written (or at once if nothing is pending). */
  flush(): Promise<void>;
  /** True while a value waits for its save. */
  pending(): boolean;
}

/** Creates a debounced saver over `save`; waits `ms` after the last `schedule`. */
export function createDebouncedSave<T>(
  save: (value: T) => Promise<void>,
  ms = 300,
): DebouncedSave<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let next: { value: T } | undefined;
  const flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const item = next;
    next = undefined;
    if (item) await save(item.value);
  };
  if (getOwner()) onCleanup(() => void flush());
  return {
    schedule(value) {
      next = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), ms);
    },
    flush,
    pending: () => next !== undefined,
  };
}
