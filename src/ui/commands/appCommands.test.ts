// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { TreeNode } from "../../core/tree";
import { activeCollection, appRegistry } from "./appCommands";
import type { CommandContext } from "./commandContext";
import { isEnabled } from "./registry";
import { closeShellDialog, shellDialog } from "./shellDialogs";
import { fakeCommandContext } from "./testing/fakeCommandContext";

afterEach(closeShellDialog);

const nodes: TreeNode[] = [
  { kind: "collection", id: "C2", collectionId: "C2", parentId: null, name: "Second", sort: 2 },
  { kind: "collection", id: "C1", collectionId: "C1", parentId: null, name: "First", sort: 1 },
  { kind: "request", id: "R1", collectionId: "C2", parentId: null, name: "Get", sort: 1 },
];

const command = (ctx: CommandContext, id: string) => {
  const found = appRegistry.all(ctx).find((c) => c.id === id);
  if (!found) throw new Error(`no command ${id}`);
  return found;
};

describe("app commands", () => {
  it("has the issue's commands, each with a title", () => {
    const { ctx } = fakeCommandContext();
    const ids = appRegistry.all(ctx).map((c) => c.id);
    for (const id of [
      "palette.open",
      "help.shortcuts",
      "tab.new",
      "tab.close",
      "tab.next",
      "tab.previous",
      "tab.reopen",
      "request.focusUrl",
      "request.send",
      "request.save",
      "request.duplicate",
      "response.find",
      "view.toggleSidebar",
      "collection.import",
      "collection.run",
      "collection.settings",
      "theme.dark",
      "environment.none",
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("binds no key twice", () => {
    const seen = new Set<string>();
    for (const c of appRegistry.withShortcuts())
      for (const s of c.shortcuts ?? []) {
        const k = JSON.stringify([s.key.toLowerCase(), !!s.mod, !!s.alt, !!s.shift]);
        expect(seen.has(k), `${c.id} reuses ${k}`).toBe(false);
        seen.add(k);
      }
  });

  it("gives every command a first shortcut a Chrome tab receives", () => {
    const browserOwned = ["n", "w", "t", "tab", "pageup", "pagedown"];
    for (const c of appRegistry.withShortcuts()) {
      const first = c.shortcuts?.[0];
      if (first?.mod && !first.alt)
        expect(browserOwned, c.id).not.toContain(first.key.toLowerCase());
    }
  });

  it("opens a new tab and focuses its URL", () => {
    const { ctx, tabsStore } = fakeCommandContext();
    void command(ctx, "tab.new").run(ctx);
    expect(tabsStore.openNew).toHaveBeenCalled();
    expect(ctx.focus).toHaveBeenCalledWith("url");
  });

  it("disables the tab commands without a tab, and runs them with one", () => {
    const empty = fakeCommandContext().ctx;
    for (const id of ["tab.close", "request.send", "request.save", "response.find"])
      expect(isEnabled(command(empty, id), empty), id).toBe(false);
    const { ctx, tabsStore } = fakeCommandContext({
      tabs: [{ id: "R1", isNew: false, draft: { name: "Get", collectionId: "C2" } }],
    });
    void command(ctx, "request.save").run(ctx);
    expect(tabsStore.save).toHaveBeenCalledWith("R1");
    void command(ctx, "request.send").run(ctx);
    expect(ctx.send).toHaveBeenCalled();
    void command(ctx, "tab.close").run(ctx);
    expect(tabsStore.closeActive).toHaveBeenCalled();
  });

  it("duplicates a stored request in its collection and opens the copy", async () => {
    const { ctx, tabsStore } = fakeCommandContext({
      nodes,
      tabs: [{ id: "R1", isNew: false, draft: { name: "Get", collectionId: "C2" } }],
    });
    await command(ctx, "request.duplicate").run(ctx);
    expect(ctx.treeCommands.duplicate).toHaveBeenCalledWith(nodes[2]);
    expect(tabsStore.open).toHaveBeenCalledWith("copy-1");
  });

  it("duplicates an untitled request as a new untitled tab", async () => {
    const { ctx, tabsStore } = fakeCommandContext({
      tabs: [{ id: "N1", isNew: true, draft: { name: "Draft", collectionId: "" } }],
    });
    await command(ctx, "request.duplicate").run(ctx);
    expect(tabsStore.openNew).toHaveBeenCalledWith(expect.objectContaining({ name: "Draft copy" }));
  });

  it("runs the active request's collection, else the first one", () => {
    const withTab = fakeCommandContext({
      nodes,
      tabs: [{ id: "R1", isNew: false, draft: { name: "Get", collectionId: "C2" } }],
    }).ctx;
    expect(activeCollection(withTab)).toEqual({ kind: "collection", id: "C2" });
    const noTab = fakeCommandContext({ nodes }).ctx;
    void command(noTab, "collection.run").run(noTab);
    expect(shellDialog()).toEqual({ kind: "runner", target: { kind: "collection", id: "C1" } });
    void command(noTab, "collection.settings").run(noTab);
    expect(shellDialog()).toEqual({ kind: "settings", target: { kind: "collection", id: "C1" } });
    const none = fakeCommandContext().ctx;
    expect(isEnabled(command(none, "collection.run"), none)).toBe(false);
  });

  it("has one command per environment that makes it active", async () => {
    const { ctx } = fakeCommandContext({ environments: [{ id: "E1", name: "Staging" }] });
    const staging = command(ctx, "environment.E1");
    expect(staging.title).toBe("Switch environment: Staging");
    expect(isEnabled(command(ctx, "environment.none"), ctx)).toBe(false);
    await staging.run(ctx);
    expect(ctx.environments.setActive).toHaveBeenCalledWith("E1");
    expect(isEnabled(staging, ctx)).toBe(false);
    expect(isEnabled(command(ctx, "environment.none"), ctx)).toBe(true);
  });

  it("switches the theme, offering only the other choices", async () => {
    const { ctx } = fakeCommandContext();
    expect(isEnabled(command(ctx, "theme.system"), ctx)).toBe(false);
    await command(ctx, "theme.dark").run(ctx);
    expect(ctx.theme.setTheme).toHaveBeenCalledWith("dark");
  });

  it("opens the palette, the shortcuts sheet, the import dialog and toggles the sidebar", () => {
    const { ctx } = fakeCommandContext();
    void command(ctx, "palette.open").run(ctx);
    expect(shellDialog()).toEqual({ kind: "palette" });
    void command(ctx, "help.shortcuts").run(ctx);
    expect(shellDialog()).toEqual({ kind: "shortcuts" });
    void command(ctx, "collection.import").run(ctx);
    expect(ctx.openImport).toHaveBeenCalled();
    void command(ctx, "view.toggleSidebar").run(ctx);
    expect(ctx.shell.toggleSidebar).toHaveBeenCalled();
  });
});
