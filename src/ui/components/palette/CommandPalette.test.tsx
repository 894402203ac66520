// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TreeNode } from "../../../core/tree";
import { closeShellDialog, shellDialog } from "../../commands/shellDialogs";
import { fakeCommandContext } from "../../commands/testing/fakeCommandContext";
import { CommandPalette } from "./CommandPalette";
import { RECENTS_KEY } from "./recents";
import { ShortcutsSheet } from "./ShortcutsSheet";

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  closeShellDialog();
});

const nodes: TreeNode[] = [
  {
    kind: "collection",
    id: "C1",
    collectionId: "C1",
    parentId: null,
    name: "Satchel demo",
    sort: 1,
  },
  {
    kind: "request",
    id: "R1",
    collectionId: "C1",
    parentId: null,
    name: "Post JSON",
    sort: 1,
    method: "POST",
  },
  {
    kind: "request",
    id: "R2",
    collectionId: "C1",
    parentId: null,
    name: "Post a form",
    sort: 2,
    method: "POST",
  },
];

function setup() {
  const { ctx, tabsStore } = fakeCommandContext({
    nodes,
    environments: [{ id: "E1", name: "Staging" }],
  });
  const onClose = vi.fn();
  render(() => <CommandPalette ctx={ctx} onClose={onClose} />);
  const box = screen.getByRole("combobox", { name: "Search commands, requests and environments" });
  const list = screen.getByRole("listbox", { name: "Results" });
  return { ctx, tabsStore, onClose, box, list };
}

describe("CommandPalette", () => {
  it("is a labelled dialog whose focused combobox controls the listbox", () => {
    const { box, list } = setup();
    expect(screen.getByRole("dialog", { name: "Command palette" })).toBeTruthy();
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute("aria-controls")).toBe(list.id);
    expect(box.getAttribute("aria-expanded")).toBe("true");
    const first = within(list).getAllByRole("option")[0]!;
    expect(box.getAttribute("aria-activedescendant")).toBe(first.id);
    expect(first.getAttribute("aria-selected")).toBe("true");
  });

  it("filters by a fuzzy query and opens the chosen request with Enter", () => {
    const { box, list, tabsStore, onClose } = setup();
    fireEvent.input(box, { target: { value: "pojs" } });
    const options = within(list).getAllByRole("option");
    expect(options[0]?.textContent).toContain("Post JSON");
    fireEvent.keyDown(box, { key: "Enter" });
    expect(onClose).toHaveBeenCalled();
    expect(tabsStore.open).toHaveBeenCalledWith("R1");
    expect(JSON.parse(localStorage.getItem(RECENTS_KEY) ?? "[]")).toEqual(["request:R1"]);
  });

  it("moves the active option with the arrow keys, wrapping around", () => {
    const { box, list } = setup();
    fireEvent.input(box, { target: { value: "post" } });
    const options = within(list).getAllByRole("option");
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(box.getAttribute("aria-activedescendant")).toBe(options[1]?.id);
    fireEvent.keyDown(box, { key: "ArrowUp" });
    fireEvent.keyDown(box, { key: "ArrowUp" });
    expect(box.getAttribute("aria-activedescendant")).toBe(options[options.length - 1]?.id);
  });

  it("runs commands: an environment becomes active, Run collection opens the runner", () => {
    const { box, ctx } = setup();
    fireEvent.input(box, { target: { value: "staging" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(ctx.environments.setActive).toHaveBeenCalledWith("E1");
    fireEvent.input(box, { target: { value: "run collection" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(shellDialog()).toEqual({ kind: "runner", target: { kind: "collection", id: "C1" } });
  });

  it("lists recent choices first while the query is empty", () => {
    localStorage.setItem(RECENTS_KEY, JSON.stringify(["request:R2"]));
    const { list } = setup();
    expect(within(list).getAllByRole("option")[0]?.textContent).toContain("Post a form");
  });

  it("says when nothing matches, and closes on Escape", () => {
    const { box, onClose } = setup();
    fireEvent.input(box, { target: { value: "qqqqqq" } });
    expect(screen.getByRole("status").textContent).toContain("qqqqqq");
    fireEvent.keyDown(box, { key: "Escape" });
    expect(onClose).toHaveBeenCalled();
  });
});

describe("ShortcutsSheet", () => {
  it("lists every registry shortcut", () => {
    render(() => <ShortcutsSheet onClose={() => {}} />);
    const sheet = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    const row = (name: string) => within(sheet).getByRole("row", { name: new RegExp(name) });
    expect(row("Command palette").textContent).toContain("Ctrl+K");
    expect(row("Command palette").textContent).toContain("Ctrl+Shift+P");
    expect(row("Next tab").textContent).toContain("Ctrl+Alt+Page Down");
    expect(row("Show keyboard shortcuts").textContent).toContain("?");
  });
});
