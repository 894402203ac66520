/** A command context over plain fakes, for the command, shortcut and palette tests. */
import { createSignal } from "solid-js";
import { vi } from "vitest";
import type { Environment, Id, Request } from "../../../core/model";
import type { TreeNode } from "../../../core/tree";
import type { TabsStore } from "../../stores/tabs";
import type { ThemeChoice } from "../../stores/theme";
import type { CommandContext } from "../commandContext";

/** A tab as the commands read it. */
export interface FakeTab {
  id: Id;
  isNew: boolean;
  draft: Pick<Request, "name" | "collectionId">;
}

/** Builds the context; every action is a `vi.fn` the test can inspect. */
export function fakeCommandContext(
  init: {
    tabs?: FakeTab[];
    nodes?: TreeNode[];
    environments?: Pick<Environment, "id" | "name">[];
  } = {},
) {
  const [tabs, setTabs] = createSignal<FakeTab[]>(init.tabs ?? []);
  const [activeId, setActiveId] = createSignal<Id | null>(init.tabs?.[0]?.id ?? null);
  const [envId, setEnvId] = createSignal<Id | null>(null);
  const [theme, setTheme] = createSignal<ThemeChoice>("system");
  let created = 0;
  const tabsStore = {
    tabs,
    state: {
      get activeId() {
        return activeId();
      },
    },
    active: () => tabs().find((t) => t.id === activeId()),
    activate: vi.fn((id: Id) => setActiveId(id)),
    open: vi.fn(async (id: Id) => setActiveId(id)),
    openNew: vi.fn((init: Partial<Request> = {}) => {
      const id = `new-${++created}`;
      const draft = { name: init.name ?? "Untitled request", collectionId: "" };
      setTabs((list) => [...list, { id, isNew: true, draft }]);
      setActiveId(id);
      return id;
    }),
    save: vi.fn(async () => "saved"),
    closeActive: vi.fn(() => "closed"),
    activateNext: vi.fn(),
    activatePrevious: vi.fn(),
    canReopen: vi.fn(() => false),
    reopenClosed: vi.fn(async () => undefined),
  };
  const ctx: CommandContext = {
    tabs: tabsStore as unknown as TabsStore,
    environments: {
      list: () => (init.environments ?? []) as Environment[],
      activeId: envId,
      setActive: vi.fn(async (id: Id | null) => void setEnvId(id)),
    },
    theme: { theme, setTheme: vi.fn(async (t: ThemeChoice) => void setTheme(t)) },
    nodes: () => init.nodes ?? [],
    treeCommands: { duplicate: vi.fn(async () => "copy-1") },
    send: vi.fn(),
    openImport: vi.fn(),
    shell: { toggleSidebar: vi.fn() },
    focus: vi.fn(() => true),
  };
  return { ctx, tabsStore };
}
