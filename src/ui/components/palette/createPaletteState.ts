/**
 * The palette's view state: the query, the results it selects from `items`, and the active
 * option (moved by the arrow keys, wrapping around; back to the first when the query changes).
 */
import type { Accessor } from "solid-js";
import { createMemo, createSignal } from "solid-js";
import type { PaletteItem } from "./paletteItems";
import { searchItems } from "./paletteItems";

/** The palette's state (see `createPaletteState`). */
export type PaletteState = ReturnType<typeof createPaletteState>;

/** Creates the state over reactive `items` and the recent keys read when it is created. */
export function createPaletteState(items: Accessor<readonly PaletteItem[]>, recent: string[]) {
  const [query, setQueryRaw] = createSignal("");
  const [activeIndex, setActiveIndex] = createSignal(0);
  const results = createMemo(() => searchItems(items(), query(), recent));
  /** The active index kept inside the results (they can shrink under it). */
  const active = createMemo(() => Math.min(activeIndex(), Math.max(results().length - 1, 0)));
  return {
    query,
    setQuery(next: string) {
      setQueryRaw(next);
      setActiveIndex(0);
    },
    results,
    active,
    activeItem: () => results()[active()],
    setActive: setActiveIndex,
    /** Moves the active option by `step`, wrapping at both ends. */
    move(step: number) {
      const count = results().length;
      if (count) setActiveIndex((active() + step + count) % count);
    },
    /** Makes the first or the last option active. */
    edge(which: "first" | "last") {
      setActiveIndex(which === "first" ? 0 : Math.max(results().length - 1, 0));
    },
  };
}
