/**
 * What the app's commands act on: the host's stores, read through narrow fields, and the shell's
 * own actions (the sidebar, focus targets). Built once in the app shell; tests build fakes.
 */
import type { Accessor } from "solid-js";
import type { TreeNode } from "../../core/tree";
import type { EnvironmentsStore } from "../stores/environments";
import type { TabsStore } from "../stores/tabs";
import type { ThemeStore } from "../stores/theme";
import { openImport } from "../stores/importLauncher";
import { focusTarget } from "./focusTargets";
import type { TreeCommands } from "./treeCommands";

/** The shell's own actions, which live in the app component. */
export interface ShellActions {
  /** Hides or shows the sidebar (the drawer on narrow screens). */
  toggleSidebar(): void;
}

/** The context every command's `run` and `enabled` receive. */
export interface CommandContext {
  tabs: TabsStore;
  environments: Pick<EnvironmentsStore, "list" | "activeId" | "setActive">;
  theme: Pick<ThemeStore, "theme" | "setTheme">;
  /** Every collection, folder and request (the sidebar's nodes). */
  nodes: Accessor<readonly TreeNode[]>;
  treeCommands: Pick<TreeCommands, "duplicate">;
  /** Sends the active tab. */
  send(): void;
  /** Opens the Import dialog. */
  openImport(): void;
  shell: ShellActions;
  /** Moves focus to the URL field, or to the response's search box. */
  focus(target: "url" | "response-search"): boolean;
}

/** The host's parts the context reads (structurally a `Host`). */
export interface CommandHostParts {
  tabs: TabsStore;
  environments: EnvironmentsStore;
  theme: ThemeStore;
  tree: { nodes: Accessor<readonly TreeNode[]>; commands: TreeCommands };
  send: { sendActive(): void };
}

/** Builds the context over the host and the shell's actions. */
export function makeCommandContext(host: CommandHostParts, shell: ShellActions): CommandContext {
  return {
    tabs: host.tabs,
    environments: host.environments,
    theme: host.theme,
    nodes: () => host.tree.nodes(),
    treeCommands: host.tree.commands,
    send: () => host.send.sendActive(),
    shell,
    focus: (target) => focusTarget(target),
    openImport: () => openImport(),
  };
}
