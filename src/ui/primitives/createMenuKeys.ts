/**
 * What every popup menu does with the keyboard and the pointer: Up/Down move (wrapping),
 * Home/End jump, Escape or Tab close and give focus back to the trigger, a press outside the
 * menu and its trigger closes it. Call in the popup's setup; `items()` lists its focusable
 * entries in order, `first()` the index to focus when it opens.
 */
import { onCleanup, onMount } from "solid-js";

/** Options of {@link createMenuKeys}. */
export interface MenuKeysOptions {
  list: () => HTMLElement;
  anchor: () => HTMLElement;
  items: () => HTMLElement[];
  /** `refocus`: give focus back to the trigger (keyboard), or leave it (outside press). */
  onClose: (refocus: boolean) => void;
  /** Index of the entry focused on open (default 0). */
  first?: () => number;
}

/** Wires the menu; returns the keydown handler for the menu element. */
export function createMenuKeys(options: MenuKeysOptions): (e: KeyboardEvent) => void {
  const focusAt = (i: number) => {
    const all = options.items();
    all[(i + all.length) % all.length]?.focus();
  };
  onMount(() => {
    focusAt(options.first?.() ?? 0);
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!options.list().contains(target) && !options.anchor().contains(target)) {
        options.onClose(false);
      }
    };
    document.addEventListener("pointerdown", outside);
    onCleanup(() => document.removeEventListener("pointerdown", outside));
  });
  return (e: KeyboardEvent) => {
    const at = options.items().indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      focusAt(moves[e.key] ?? 0);
    } else if (e.key === "Escape" || e.key === "Tab") {
      e.preventDefault();
      e.stopPropagation();
      options.onClose(true);
    }
  };
}
