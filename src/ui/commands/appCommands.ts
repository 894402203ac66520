/**
 * The app's command registry: the tab and request commands, the app-wide ones (palette, help,
 * sidebar, import, runner, settings, theme) and one command per environment.
 */
import type { ThemeChoice } from "../stores/theme";
import type { CommandContext } from "./commandContext";
import type { Command } from "./registry";
import { makeRegistry } from "./registry";
import type { ContainerRef } from "./shellDialogs";
import { openShellDialog } from "./shellDialogs";
import { tabCommands } from "./tabCommands";

type AppCommand = Command<CommandContext>;

/** The active request's collection, else the first collection in the sidebar. */
export function activeCollection(ctx: CommandContext): ContainerRef | undefined {
  const collections = ctx.nodes().filter((n) => n.kind === "collection");
  const wanted = ctx.tabs.active()?.draft.collectionId;
  const found =
    collections.find((c) => c.id === wanted) ?? [...collections].sort((a, b) => a.sort - b.sort)[0];
  return found && { kind: "collection", id: found.id };
}

const hasCollection = (ctx: CommandContext) => ctx.nodes().some((n) => n.kind === "collection");

const THEMES: readonly [ThemeChoice, string][] = [
  ["light", "Light"],
  ["dark", "Dark"],
  ["system", "System"],
];

/** "Switch theme: Dark" and the others, each shown while it is not the current choice. */
const themeCommands: AppCommand[] = THEMES.map(([choice, label]) => ({
  id: `theme.${choice}`,
  title: `Switch theme: ${label}`,
  group: "Theme",
  keywords: ["colour", "color", "appearance", "mode"],
  enabled: (ctx) => ctx.theme.theme() !== choice,
  run: (ctx) => ctx.theme.setTheme(choice),
}));

/** The commands that are not about one tab. */
const appWide: AppCommand[] = [
  {
    id: "palette.open",
    title: "Command palette",
    group: "General",
    shortcuts: [
      { key: "k", mod: true },
      { key: "p", mod: true, shift: true },
    ],
    run: () => openShellDialog({ kind: "palette" }),
  },
  {
    id: "help.shortcuts",
    title: "Show keyboard shortcuts",
    group: "General",
    keywords: ["help", "keys", "hotkeys", "keybindings"],
    shortcuts: [{ key: "?" }],
    run: () => openShellDialog({ kind: "shortcuts" }),
  },
  {
    id: "view.toggleSidebar",
    title: "Toggle sidebar",
    group: "View",
    keywords: ["collections", "hide", "show", "panel"],
    shortcuts: [{ key: "b", mod: true }],
    run: (ctx) => ctx.shell.toggleSidebar(),
  },
  {
    id: "collection.import",
    title: "Import…",
    group: "Collections",
    keywords: ["postman", "openapi", "curl", "har", "file", "backup"],
    run: (ctx) => ctx.openImport(),
  },
  {
    id: "collection.run",
    title: "Run collection",
    group: "Collections",
    keywords: ["runner", "test", "iterations"],
    enabled: hasCollection,
    run: (ctx) => {
      const target = activeCollection(ctx);
      if (target) openShellDialog({ kind: "runner", target });
    },
  },
  {
    id: "collection.settings",
    title: "Open collection settings",
    group: "Collections",
    keywords: ["variables", "auth", "scripts", "preferences"],
    enabled: hasCollection,
    run: (ctx) => {
      const target = activeCollection(ctx);
      if (target) openShellDialog({ kind: "settings", target });
    },
  },
  ...themeCommands,
];

/** One "Switch environment: name" per environment, and "No environment" while one is active. */
export function environmentCommands(ctx: CommandContext): AppCommand[] {
  const each: AppCommand[] = ctx.environments.list().map((env) => ({
    id: `environment.${env.id}`,
    title: `Switch environment: ${env.name}`,
    group: "Environment",
    keywords: ["env", env.name],
    enabled: (c) => c.environments.activeId() !== env.id,
    run: (c) => c.environments.setActive(env.id),
  }));
  const none: AppCommand = {
    id: "environment.none",
    title: "Switch environment: No environment",
    group: "Environment",
    keywords: ["env", "clear"],
    enabled: (c) => c.environments.activeId() !== null,
    run: (c) => c.environments.setActive(null),
  };
  return [...each, none];
}

/** The one registry the palette, the shortcuts and the help sheet read. */
export const appRegistry = makeRegistry<CommandContext>(
  [...appWide.slice(0, 2), ...tabCommands, ...appWide.slice(2)],
  [environmentCommands],
);
