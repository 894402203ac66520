// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { makeShortcuts } from "./shortcuts";

function press(target: EventTarget, init: KeyboardEventInit) {
  const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe("shortcuts", () => {
  it("Ctrl/Cmd+S saves and Ctrl/Cmd+Enter sends, preventing the browser default", () => {
    const save = vi.fn();
    const send = vi.fn();
    const dispose = makeShortcuts(window, { save, send });
    expect(press(window, { key: "s", ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press(window, { key: "S", metaKey: true, shiftKey: true }).defaultPrevented).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(press(window, { key: "Enter", metaKey: true }).defaultPrevented).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    expect(press(window, { key: "s" }).defaultPrevented).toBe(false);
    dispose();
    press(window, { key: "s", ctrlKey: true });
    expect(save).toHaveBeenCalledTimes(2);
  });
});
