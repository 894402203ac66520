// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Command } from "../commands/registry";
import { makeRegistry } from "../commands/registry";
import { isTextEntry, makeShortcuts } from "./shortcuts";

function press(target: EventTarget, init: KeyboardEventInit) {
  const event = new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  document.body.innerHTML = "";
});

function setup(apple = false) {
  const save = vi.fn();
  const help = vi.fn();
  const next = vi.fn();
  const commands: Command<{ canNext: boolean }>[] = [
    { id: "save", title: "Save", shortcuts: [{ key: "s", mod: true }], run: save },
    { id: "help", title: "Help", shortcuts: [{ key: "?" }], run: help },
    {
      id: "next",
      title: "Next",
      shortcuts: [{ key: "PageDown", mod: true, alt: true }],
      enabled: (ctx) => ctx.canNext,
      run: next,
    },
  ];
  const ctx = { canNext: false };
  const dispose = makeShortcuts(window, makeRegistry(commands), ctx, { apple });
  return { save, help, next, ctx, dispose };
}

describe("shortcuts", () => {
  it("runs the registry's command for its keys and keeps the browser default away", () => {
    const { save, dispose } = setup();
    expect(press(window, { key: "s", ctrlKey: true }).defaultPrevented).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    expect(press(window, { key: "s" }).defaultPrevented).toBe(false);
    dispose();
    press(window, { key: "s", ctrlKey: true });
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("reads mod as Cmd on Apple platforms", () => {
    const { save, dispose } = setup(true);
    press(window, { key: "s", ctrlKey: true });
    expect(save).not.toHaveBeenCalled();
    press(window, { key: "s", metaKey: true });
    expect(save).toHaveBeenCalledTimes(1);
    dispose();
  });

  it("handles keys in the capture phase, so editors never see them", () => {
    const { save, dispose } = setup();
    const input = document.body.appendChild(document.createElement("textarea"));
    const inEditor = vi.fn();
    input.addEventListener("keydown", inEditor);
    press(input, { key: "s", ctrlKey: true });
    expect(save).toHaveBeenCalledTimes(1);
    expect(inEditor).not.toHaveBeenCalled();
    dispose();
  });

  it("takes a plain key only outside text fields and editors", () => {
    const { help, dispose } = setup();
    press(document.body, { key: "?", shiftKey: true });
    expect(help).toHaveBeenCalledTimes(1);
    const input = document.body.appendChild(document.createElement("input"));
    expect(press(input, { key: "?", shiftKey: true }).defaultPrevented).toBe(false);
    const editor = document.body.appendChild(document.createElement("div"));
    editor.setAttribute("contenteditable", "true");
    const line = editor.appendChild(document.createElement("div"));
    press(line, { key: "?", shiftKey: true });
    expect(help).toHaveBeenCalledTimes(1);
    dispose();
  });

  it("keeps a disabled command's keys but runs nothing", () => {
    const { next, ctx, dispose } = setup();
    expect(press(window, { key: "PageDown", ctrlKey: true, altKey: true }).defaultPrevented).toBe(
      true,
    );
    expect(next).not.toHaveBeenCalled();
    ctx.canNext = true;
    press(window, { key: "PageDown", ctrlKey: true, altKey: true });
    expect(next).toHaveBeenCalledTimes(1);
    dispose();
  });

  it("runs nothing behind an open modal dialog", () => {
    const { save, help, dispose } = setup();
    const dialog = document.body.appendChild(document.createElement("div"));
    dialog.setAttribute("aria-modal", "true");
    expect(press(window, { key: "s", ctrlKey: true }).defaultPrevented).toBe(true);
    press(document.body, { key: "?", shiftKey: true });
    expect(save).not.toHaveBeenCalled();
    expect(help).not.toHaveBeenCalled();
    dispose();
  });
});

describe("isTextEntry", () => {
  it("is true for text inputs, text areas and content-editable, not buttons", () => {
    const make = (tag: string, type?: string) => {
      const el = document.createElement(tag);
      if (type) el.setAttribute("type", type);
      return el;
    };
    expect(isTextEntry(make("input"))).toBe(true);
    expect(isTextEntry(make("input", "checkbox"))).toBe(false);
    expect(isTextEntry(make("textarea"))).toBe(true);
    expect(isTextEntry(make("button"))).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
