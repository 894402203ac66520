/**
 * "Reopen closed tab": the tabs closed lately, kept in memory only (newest last, at most
 * {@link CLOSED_TABS_LIMIT}), each as it was when closed, unsaved edits included, and where it
 * stood in the strip. Reopening takes the request as stored now and puts those edits back on top,
 * so an edit closed with "Discard" by mistake is one shortcut away, still marked unsaved.
 */
import { createSignal } from "solid-js";
import type { Id } from "../../core/model";
import { sameContent, withTreeFields } from "../../core/drafts";
import type { Repos } from "../../db/repos/index";
import { unstored } from "./tabsRestore";
import type { Tab } from "./tabTypes";

/** How many closed tabs are remembered. */
export const CLOSED_TABS_LIMIT = 20;

/** A closed tab and its index in the strip when it closed. */
export interface ClosedTab {
  tab: Tab;
  index: number;
}

/** What the stack needs from the tabs store. */
export interface ClosedTabsContext {
  repos: Repos;
  /** The open tab with this id, if any. */
  find: (id: Id) => Tab | undefined;
  /** Puts `tab` back at `index` (unless it is open already) and activates it. */
  reopen: (tab: Tab, index: number) => void;
}

/** The stack of closed tabs (see `makeClosedTabs`). */
export type ClosedTabs = ReturnType<typeof makeClosedTabs>;

/** Makes the stack; `size` is reactive. */
export function makeClosedTabs(ctx: ClosedTabsContext, limit = CLOSED_TABS_LIMIT) {
  const [stack, setStack] = createSignal<readonly ClosedTab[]>([]);
  const pop = (): ClosedTab | undefined => {
    const s = stack();
    setStack(s.slice(0, -1));
    return s[s.length - 1];
  };
  return {
    /** Remembers a tab that just closed (a tab closed twice is remembered once, the latest). */
    push(closed: ClosedTab): void {
      setStack((s) => [...s.filter((c) => c.tab.id !== closed.tab.id), closed].slice(-limit));
    },
    /**
     * Reopens the most recently closed tab; resolves to its id, or undefined when the stack is
     * empty. A request deleted meanwhile with no edits is skipped for the one closed before it.
     */
    async reopen(): Promise<Id | undefined> {
      for (let closed = pop(); closed; closed = pop()) {
        const tab = ctx.find(closed.tab.id) ?? (await reopenedTab(ctx.repos, closed.tab));
        if (!tab) continue;
        ctx.reopen(tab, closed.index);
        return tab.id;
      }
      return undefined;
    },
    /** How many closed tabs can be reopened. */
    size: (): number => stack().length,
  };
}

/**
 * The tab to bring back for `closed`: a stored request as stored now, with the closed tab's
 * unsaved edits on top (the sidebar's fields win, as on restore); an untitled tab as it was.
 * A stored request deleted meanwhile comes back untitled when it had unsaved edits, and not at
 * all (undefined) when it had none.
 */
export async function reopenedTab(repos: Repos, closed: Tab): Promise<Tab | undefined> {
  if (closed.isNew) return closed;
  const stored = await repos.requests.get(closed.id).catch(() => undefined);
  const dirty = !sameContent(closed.draft, closed.saved);
  if (!stored) {
    if (!dirty) return undefined;
    const base = unstored(closed.base);
    return { id: closed.id, draft: unstored(closed.draft), saved: base, base, isNew: true };
  }
  if (!dirty) return { id: closed.id, draft: stored, saved: stored, base: stored, isNew: false };
  const draft = withTreeFields(closed.draft, stored);
  return { id: closed.id, draft, saved: stored, base: closed.base, isNew: false };
}
