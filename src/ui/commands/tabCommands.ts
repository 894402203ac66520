/**
 * The commands on tabs and the active request: new, close, next / previous, focus URL, send,
 * save, duplicate and find in response, reopen closed tab. Their shortcuts avoid the keys a page
 * in a normal Chrome tab never receives (Ctrl+N, Ctrl+W, Ctrl+T, Ctrl+Shift+T, Ctrl+Tab,
 * Ctrl+PageUp/PageDown): tabs take Alt (Alt+N, Alt+W, Alt+Shift+T) and Ctrl+Alt+PageUp/PageDown.
 * Ctrl+PageUp/PageDown are bound second, for the installed app's window, which may pass them.
 */
import { unwrap } from "solid-js/store";
import type { CommandContext } from "./commandContext";
import type { Command } from "./registry";

type AppCommand = Command<CommandContext>;

const hasActive = (ctx: CommandContext) => ctx.tabs.active() !== undefined;

/** Duplicates the active request: a stored one in its collection, an untitled one as a new tab. */
async function duplicateActive(ctx: CommandContext): Promise<void> {
  const tab = ctx.tabs.active();
  if (!tab) return;
  const node = tab.isNew ? undefined : ctx.nodes().find((n) => n.id === tab.id);
  if (node) {
    const copy = await ctx.treeCommands.duplicate(node);
    if (copy) await ctx.tabs.open(copy);
    return;
  }
  const draft = structuredClone(unwrap(tab.draft));
  ctx.tabs.openNew({ ...draft, name: `${draft.name} copy` });
}

/** The tab and request commands. */
export const tabCommands: readonly AppCommand[] = [
  {
    id: "tab.new",
    title: "New request",
    group: "Tabs",
    keywords: ["create", "add", "tab", "untitled"],
    shortcuts: [{ key: "n", alt: true }],
    run: (ctx) => {
      ctx.tabs.openNew();
      ctx.focus("url");
    },
  },
  {
    id: "tab.close",
    title: "Close tab",
    group: "Tabs",
    shortcuts: [{ key: "w", alt: true }],
    enabled: hasActive,
    run: (ctx) => void ctx.tabs.closeActive(),
  },
  {
    id: "tab.reopen",
    title: "Reopen closed tab",
    group: "Tabs",
    keywords: ["undo", "restore"],
    shortcuts: [{ key: "t", alt: true, shift: true }],
    enabled: (ctx) => ctx.tabs.canReopen(),
    run: (ctx) => void ctx.tabs.reopenClosed(),
  },
  {
    id: "tab.next",
    title: "Next tab",
    group: "Tabs",
    keywords: ["switch"],
    // Ctrl+PageDown is second: Chrome keeps it in a tab; the installed app's window may pass it.
    shortcuts: [
      { key: "PageDown", mod: true, alt: true },
      { key: "PageDown", mod: true },
    ],
    enabled: (ctx) => ctx.tabs.tabs().length > 1,
    run: (ctx) => ctx.tabs.activateNext(),
  },
  {
    id: "tab.previous",
    title: "Previous tab",
    group: "Tabs",
    keywords: ["switch"],
    shortcuts: [
      { key: "PageUp", mod: true, alt: true },
      { key: "PageUp", mod: true },
    ],
    enabled: (ctx) => ctx.tabs.tabs().length > 1,
    run: (ctx) => ctx.tabs.activatePrevious(),
  },
  {
    id: "request.focusUrl",
    title: "Focus URL",
    group: "Request",
    keywords: ["address", "location"],
    shortcuts: [{ key: "l", alt: true }],
    enabled: hasActive,
    run: (ctx) => void ctx.focus("url"),
  },
  {
    id: "request.send",
    title: "Send request",
    group: "Request",
    keywords: ["run", "execute"],
    shortcuts: [{ key: "Enter", mod: true }],
    enabled: hasActive,
    run: (ctx) => ctx.send(),
  },
  {
    id: "request.save",
    title: "Save request",
    group: "Request",
    shortcuts: [{ key: "s", mod: true }],
    enabled: hasActive,
    run: (ctx) => {
      const tab = ctx.tabs.active();
      if (tab) void ctx.tabs.save(tab.id);
    },
  },
  {
    id: "request.duplicate",
    title: "Duplicate request",
    group: "Request",
    keywords: ["copy", "clone"],
    shortcuts: [{ key: "d", alt: true, shift: true }],
    enabled: hasActive,
    run: (ctx) => duplicateActive(ctx),
  },
  {
    id: "response.find",
    title: "Find in response",
    group: "Request",
    keywords: ["search", "body"],
    shortcuts: [{ key: "f", mod: true, shift: true }],
    enabled: hasActive,
    run: (ctx) => void ctx.focus("response-search"),
  },
];
