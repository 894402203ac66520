import { describe, expect, it, vi } from "vitest";
import type { KeyLike } from "./registry";
import { formatShortcut, isApplePlatform, makeRegistry, matchesShortcut } from "./registry";

const key = (init: Partial<KeyLike>): KeyLike => ({
  key: "",
  code: "",
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...init,
});

describe("matchesShortcut", () => {
  it("reads mod as Ctrl elsewhere and Cmd on Apple, and nothing more", () => {
    const save = { key: "s", mod: true };
    expect(matchesShortcut(key({ key: "s", ctrlKey: true }), save, false)).toBe(true);
    expect(matchesShortcut(key({ key: "s", metaKey: true }), save, false)).toBe(false);
    expect(matchesShortcut(key({ key: "s", metaKey: true }), save, true)).toBe(true);
    expect(matchesShortcut(key({ key: "s", ctrlKey: true }), save, true)).toBe(false);
    expect(matchesShortcut(key({ key: "S", ctrlKey: true, shiftKey: true }), save, false)).toBe(
      false,
    );
    expect(matchesShortcut(key({ key: "s", ctrlKey: true, altKey: true }), save, false)).toBe(
      false,
    );
  });

  it("matches Option/Alt letters by their physical key (a Mac types ∑ for Option+W)", () => {
    const close = { key: "w", alt: true };
    expect(matchesShortcut(key({ key: "∑", code: "KeyW", altKey: true }), close, true)).toBe(true);
    expect(matchesShortcut(key({ key: "w", code: "KeyW", altKey: true }), close, false)).toBe(true);
    expect(matchesShortcut(key({ key: "w", code: "KeyW" }), close, false)).toBe(false);
  });

  it("takes a printable symbol as typed, whatever Shift it needed", () => {
    const help = { key: "?" };
    expect(matchesShortcut(key({ key: "?", shiftKey: true }), help, false)).toBe(true);
    expect(matchesShortcut(key({ key: "?", ctrlKey: true, shiftKey: true }), help, false)).toBe(
      false,
    );
  });

  it("matches named keys with their modifiers", () => {
    const next = { key: "PageDown", mod: true, alt: true };
    const down = key({ key: "PageDown", ctrlKey: true, altKey: true });
    expect(matchesShortcut(down, next, false)).toBe(true);
    expect(matchesShortcut({ ...down, altKey: false }, next, false)).toBe(false);
  });
});

describe("formatShortcut", () => {
  it("writes Ctrl+Alt+Shift elsewhere and symbols on Apple", () => {
    expect(formatShortcut({ key: "p", mod: true, shift: true }, false)).toBe("Ctrl+Shift+P");
    expect(formatShortcut({ key: "p", mod: true, shift: true }, true)).toBe("⇧⌘P");
    expect(formatShortcut({ key: "PageUp", mod: true, alt: true }, false)).toBe("Ctrl+Alt+Page Up");
    expect(formatShortcut({ key: "?" }, false)).toBe("?");
  });
});

describe("makeRegistry", () => {
  it("lists static and derived commands and finds a command by its keys", () => {
    const run = vi.fn();
    const registry = makeRegistry<{ n: number }>(
      [
        { id: "a", title: "A", shortcuts: [{ key: "k", mod: true }], run },
        { id: "b", title: "B", run },
      ],
      [(ctx) => [{ id: `c${ctx.n}`, title: "C", run }]],
    );
    expect(registry.all({ n: 2 }).map((c) => c.id)).toEqual(["a", "b", "c2"]);
    expect(registry.withShortcuts().map((c) => c.id)).toEqual(["a"]);
    expect(registry.forEvent(key({ key: "k", ctrlKey: true }), false)?.id).toBe("a");
    expect(registry.forEvent(key({ key: "j", ctrlKey: true }), false)).toBeUndefined();
  });
});

describe("isApplePlatform", () => {
  it("says yes for macOS and iOS only", () => {
    expect(isApplePlatform({ platform: "MacIntel", userAgent: "" })).toBe(true);
    expect(isApplePlatform({ platform: "", userAgent: "Mozilla/5.0 (iPhone)" })).toBe(true);
    expect(isApplePlatform({ platform: "Win32", userAgent: "" })).toBe(false);
  });
});
