/**
 * Commands as data: each has an id, a title, search keywords, optional keyboard shortcuts and a
 * `run(ctx)`. One registry feeds the command palette, the global shortcuts and the "?" sheet, so
 * a command is declared once (solid-playground keeps its editor actions the same way).
 * Shortcuts say `mod` for the platform's command key: Cmd on Apple, Ctrl elsewhere.
 */

/** One key combination. `key` is a `KeyboardEvent.key` value ("k", "Enter", "PageDown", "?"). */
export interface Shortcut {
  key: string;
  /** Cmd on Apple platforms, Ctrl elsewhere. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

/** A command over the context `C` the app hands it. */
export interface Command<C> {
  /** Stable id ("tab.new"); recents and tests refer to it. */
  id: string;
  /** What the palette and the shortcuts sheet show ("New request"). */
  title: string;
  /** The palette's group heading ("Tabs", "Environment"). */
  group?: string;
  /** Extra words the palette's search matches ("create", "add"). */
  keywords?: readonly string[];
  /** Key combinations that run it from anywhere in the app. */
  shortcuts?: readonly Shortcut[];
  run(ctx: C): void | Promise<void>;
  /** False hides it from the palette and makes its shortcut do nothing; default true. */
  enabled?(ctx: C): boolean;
}

/** The registry: the static commands plus those derived from data (one per environment…). */
export interface Registry<C> {
  /** Every command now, the derived ones included. */
  all(ctx: C): Command<C>[];
  /** The command bound to the key `event` describes (enabled or not), if any. */
  forEvent(event: KeyLike, apple: boolean): Command<C> | undefined;
  /** Every static command that has a shortcut, in declaration order (the "?" sheet). */
  withShortcuts(): Command<C>[];
}

/** The parts of a KeyboardEvent the matcher reads. */
export type KeyLike = Pick<
  KeyboardEvent,
  "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey"
>;

/** True when `enabled` is absent or says yes. */
export const isEnabled = <C>(command: Command<C>, ctx: C): boolean =>
  command.enabled ? command.enabled(ctx) : true;

/** Makes a registry over `commands` and the `derived` generators. */
export function makeRegistry<C>(
  commands: readonly Command<C>[],
  derived: readonly ((ctx: C) => Command<C>[])[] = [],
): Registry<C> {
  return {
    all: (ctx) => [...commands, ...derived.flatMap((make) => make(ctx))],
    forEvent: (event, apple) =>
      commands.find((c) => c.shortcuts?.some((s) => matchesShortcut(event, s, apple))),
    withShortcuts: () => commands.filter((c) => (c.shortcuts?.length ?? 0) > 0),
  };
}

/** The letter or digit a key press stands for, read from `code` (Option on a Mac changes `key`). */
const physical = (code: string): string | undefined => {
  const m = /^(?:Key|Digit)([A-Z0-9])$/.exec(code);
  return m?.[1]?.toLowerCase();
};

/** True when `event` is exactly `shortcut` on this platform (no extra modifiers). */
export function matchesShortcut(event: KeyLike, shortcut: Shortcut, apple: boolean): boolean {
  const mod = apple ? event.metaKey : event.ctrlKey;
  const other = apple ? event.ctrlKey : event.metaKey;
  if (mod !== (shortcut.mod ?? false) || other) return false;
  if (event.altKey !== (shortcut.alt ?? false)) return false;
  const want = shortcut.key.toLowerCase();
  // "?" is Shift+/ on most layouts: shift is part of the character, not a modifier to check.
  const printable = want.length === 1 && !/[a-z0-9]/.test(want);
  if (!printable && event.shiftKey !== (shortcut.shift ?? false)) return false;
  const key = event.key.toLowerCase();
  return key === want || (event.altKey && physical(event.code) === want);
}

const KEY_NAMES: Record<string, string> = {
  Enter: "Enter",
  PageUp: "Page Up",
  PageDown: "Page Down",
  Escape: "Esc",
  Delete: "Delete",
  ArrowUp: "↑",
  ArrowDown: "↓",
};

/** The shortcut as the user reads it: "Ctrl+Shift+P" or "⌘⇧P". */
export function formatShortcut(shortcut: Shortcut, apple: boolean): string {
  const key = KEY_NAMES[shortcut.key] ?? shortcut.key.toUpperCase();
  const parts = apple
    ? [shortcut.alt && "⌥", shortcut.shift && "⇧", shortcut.mod && "⌘"]
    : [shortcut.mod && "Ctrl", shortcut.alt && "Alt", shortcut.shift && "Shift"];
  const mods = parts.filter((p): p is string => typeof p === "string");
  return apple ? [...mods, key].join("") : [...mods, key].join("+");
}

/** True on macOS and iOS, where `mod` means Cmd. */
export function isApplePlatform(nav: Pick<Navigator, "platform" | "userAgent"> = navigator) {
  return /Mac|iPhone|iPad|iPod/.test(nav.platform || nav.userAgent);
}
