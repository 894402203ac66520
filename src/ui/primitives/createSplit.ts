/**
 * A resizable split (the sidebar's width, the request/response share): one clamped size, moved by
 * keyboard (arrows, Shift for bigger steps, Home/End) and by pointer drag (mouse, pen and touch
 * alike), and remembered per device in localStorage. Storage that throws (private modes, a
 * blocked origin) or holds nonsense falls back to the initial size.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/windowsplitter/
 */
import type { Accessor } from "solid-js";
import { createSignal, getOwner, onCleanup } from "solid-js";

/** The slice of `Storage` the layout uses (tests pass a fake or a throwing one). */
export interface PrefStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** localStorage, or undefined where even reaching it throws. */
function localPrefs(): PrefStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored text under `key`, or null when absent or unreadable. */
export function readPref(key: string, storage = localPrefs()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; a full or blocked storage is ignored (the size just isn't kept). */
export function writePref(key: string, value: string, storage = localPrefs()): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Nothing to do: the layout works, it is only not remembered.
  }
}

/** Options of {@link createSplit}. */
export interface SplitOptions {
  /** localStorage key. */
  key: string;
  /** The size before the user chose one. */
  initial: number;
  min: number;
  max: number;
  /** An arrow key's step; `bigStep` with Shift. */
  step: number;
  bigStep: number;
  storage?: PrefStorage;
}

/** A split's state and handlers (see {@link createSplit}). */
export interface Split {
  size: Accessor<number>;
  min: number;
  max: number;
  /** Sets the size (clamped and rounded) and remembers it. */
  set(size: number): void;
  /** Arrows, Shift+arrows, Home, End; returns whether the key was handled. */
  keyDown(e: KeyboardEvent): boolean;
  /** Starts a drag from `e`; `measure` turns each move into a size. Kept when released. */
  drag(e: PointerEvent, measure: (e: PointerEvent) => number): void;
}

const DIRECTION: Record<string, number> = {
  ArrowLeft: -1,
  ArrowUp: -1,
  ArrowRight: 1,
  ArrowDown: 1,
};

/** Creates a split; a drag in progress ends with the caller's owner. */
export function createSplit(options: SplitOptions): Split {
  const clamp = (n: number) => Math.round(Math.min(options.max, Math.max(options.min, n)));
  const stored = Number(readPref(options.key, options.storage) ?? Number.NaN);
  const [size, setSize] = createSignal(clamp(Number.isFinite(stored) ? stored : options.initial));
  const keep = () => writePref(options.key, String(size()), options.storage);
  const set = (n: number) => {
    if (!Number.isFinite(n)) return;
    setSize(clamp(n));
    keep();
  };
  let endDrag: (() => void) | undefined;
  if (getOwner()) onCleanup(() => endDrag?.());

  return {
    size,
    min: options.min,
    max: options.max,
    set,
    keyDown(e) {
      const direction = DIRECTION[e.key];
      const target =
        direction !== undefined
          ? size() + direction * (e.shiftKey ? options.bigStep : options.step)
          : e.key === "Home"
            ? options.min
            : e.key === "End"
              ? options.max
              : undefined;
      if (target === undefined) return false;
      e.preventDefault();
      set(target);
      return true;
    },
    drag(e, measure) {
      if (e.pointerType === "mouse" && e.button !== 0) return;
      e.preventDefault(); // no text selection while dragging
      endDrag?.();
      const handle = e.currentTarget as HTMLElement;
      handle.setPointerCapture?.(e.pointerId);
      const move = (ev: PointerEvent) => {
        const n = measure(ev);
        if (Number.isFinite(n)) setSize(clamp(n));
      };
      const stop = () => {
        handle.removeEventListener("pointermove", move);
        handle.removeEventListener("pointerup", stop);
        handle.removeEventListener("pointercancel", stop);
        endDrag = undefined;
        keep();
      };
      handle.addEventListener("pointermove", move);
      handle.addEventListener("pointerup", stop);
      handle.addEventListener("pointercancel", stop);
      endDrag = stop;
    },
  };
}

/** Creates a remembered choice among `allowed` (e.g. the split's orientation). */
export function createStoredChoice<T extends string>(
  key: string,
  allowed: readonly T[],
  fallback: () => T,
  storage?: PrefStorage,
): [Accessor<T>, (next: T) => void] {
  const stored = readPref(key, storage);
  const initial = allowed.find((a) => a === stored) ?? fallback();
  const [value, setValue] = createSignal<T>(initial);
  return [
    value,
    (next) => {
      setValue(() => next);
      writePref(key, next, storage);
    },
  ];
}
