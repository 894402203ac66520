/**
 * Open request tabs: each holds its draft, the stored copy as it is now (`saved`; dirty = they
 * say different things) and the stored copy the draft started from (`base`, for conflicts).
 * Closing a dirty tab parks it in `pendingClose` until the user picks Save / Discard / Cancel;
 * a save that would undo someone else's change parks it in `conflict` (Reload / Keep mine).
 * The open saved tabs (ids + active) persist to the "openTabs" setting, and every unsaved draft
 * to the drafts table (debounced), so a reload, a crash or an update brings both back.
 * Closed tabs are remembered in memory for "Reopen closed tab" (closedTabs.ts).
 */
import { batch, getOwner, onCleanup } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import type { Id, Request } from "../../core/model";
import type { Deps } from "../../core/factory";
import { makeRequest } from "../../core/factory";
import { sameContent } from "../../core/drafts";
import type { Repos } from "../../db/repos/index";
import type { Notify } from "./toasts";
import { errorText } from "../commands/errorText";
import { makeDraftWriter } from "./draftWriter";
import { compareRows } from "./draftCompare";
import { restoreTabs } from "./tabsRestore";
import { makeClosedTabs } from "./closedTabs";
import { insertAt, stepTab } from "./tabNavigation";
import { followStored } from "./tabSync";
import { makeTabWrites } from "./tabWrites";
import type {
  CloseChoice,
  ConflictChoice,
  OpenTabsSetting,
  PendingConflict,
  Tab,
} from "./tabTypes";
import { OPEN_TABS_KEY } from "./tabTypes";

/** The tabs store (see `createTabsStore`). */
export type TabsStore = ReturnType<typeof createTabsStore>;

/** What the tabs store needs; `draftDelayMs` is the quiet period before a draft is written. */
export interface TabsContext {
  repos: Repos;
  deps: Deps;
  notify: Notify;
  draftDelayMs?: number;
}

/** Creates the tabs store. Call `restore()` once storage is ready. */
export function createTabsStore(ctx: TabsContext) {
  const [state, setState] = createStore({
    tabs: [] as Tab[],
    activeId: null as Id | null,
    pendingClose: null as Id | null,
    pendingSave: null as Id | null,
    conflict: null as PendingConflict | null,
  });
  const find = (id: Id) => state.tabs.find((t) => t.id === id);
  const isDirty = (tab: Tab) => !sameContent(tab.draft, tab.saved);
  const clone = (r: Request): Request => structuredClone(unwrap(r));
  const fail = (action: string) => (error: unknown) => {
    ctx.notify({ kind: "error", message: errorText(action, error) });
  };
  const setTab = (id: Id, change: (tab: Tab) => Partial<Tab>) =>
    setState("tabs", (t) => t.id === id, change);

  const drafts = makeDraftWriter({
    drafts: ctx.repos.drafts,
    read: (id) => {
      const tab = find(id);
      if (!tab || !isDirty(tab)) return undefined;
      return { id, draft: clone(tab.draft), base: clone(tab.base), isNew: tab.isNew };
    },
    ...(ctx.draftDelayMs === undefined ? {} : { delayMs: ctx.draftDelayMs }),
    onError: fail("keep your unsaved changes"),
  });
  if (getOwner()) onCleanup(drafts.dispose);

  const persist = () => {
    const setting: OpenTabsSetting = {
      ids: state.tabs.filter((t) => !t.isNew).map((t) => t.id),
      active: state.activeId && find(state.activeId)?.isNew === false ? state.activeId : null,
    };
    return ctx.repos.settings.set(OPEN_TABS_KEY, setting).catch(() => undefined);
  };
  /** Adds a tab at the end, or at `index` (a reopened tab goes back where it was). */
  const addTab = (tab: Tab, index?: number) => {
    const added = {
      ...tab,
      draft: clone(tab.draft),
      saved: clone(tab.saved),
      base: clone(tab.base),
    };
    setState("tabs", (tabs) => insertAt(tabs, added, index));
  };
  const addStored = (request: Request) =>
    addTab({ id: request.id, draft: request, saved: request, base: request, isNew: false });

  const activate = (id: Id) => {
    if (!find(id) || state.activeId === id) return;
    setState("activeId", id);
    void persist();
  };

  const closedTabs = makeClosedTabs({
    repos: ctx.repos,
    find,
    reopen: (tab, index) => {
      if (!find(tab.id)) {
        addTab(tab, index);
        if (isDirty(tab)) drafts.schedule(tab.id);
      }
      activate(tab.id);
    },
  });
  const closeNow = (id: Id) => {
    const index = state.tabs.findIndex((t) => t.id === id);
    const tab = state.tabs[index];
    if (!tab) return;
    closedTabs.push({ index, tab: structuredClone(unwrap(tab)) });
    batch(() => {
      setState("tabs", (tabs) => tabs.filter((t) => t.id !== id));
      if (state.activeId === id) {
        const next = state.tabs[Math.min(index, state.tabs.length - 1)];
        setState("activeId", next?.id ?? null);
      }
    });
    void drafts.settle(id);
    void persist();
  };

  /**
   * Takes newer stored copies. Clean tabs follow them; dirty tabs keep their content but take
   * the sidebar's fields (a move or rename wins), so a Send after a move runs the new folder's
   * scripts and a save does not move the request back.
   */
  const syncSaved = (latest: readonly (Request | undefined)[]) =>
    setState(
      "tabs",
      produce((tabs) => followStored(tabs, latest)),
    );

  const setDraft = (id: Id, next: Request): void => {
    // reconcile, not a plain set: a store set would merge and keep keys `next` dropped.
    setState("tabs", (t) => t.id === id, "draft", reconcile(next));
    drafts.schedule(id);
  };

  const requestClose = (id: Id): "closed" | "pending" => {
    const tab = find(id);
    if (tab && isDirty(tab)) {
      setState("pendingClose", id);
      return "pending";
    }
    closeNow(id);
    return "closed";
  };

  const stepTo = (by: number) => {
    const next = stepTab(
      state.tabs.map((t) => t.id),
      state.activeId,
      by,
    );
    if (next) activate(next);
  };

  const { addExample, draftForSend, save } = makeTabWrites({
    repos: ctx.repos,
    deps: ctx.deps,
    find,
    setTab,
    setDraft,
    syncSaved,
    askCollection: (id) => setState("pendingSave", id),
    conflict: (pending) => setState("conflict", pending),
    saved: (id) => {
      if (state.pendingSave === id) setState("pendingSave", null);
      void drafts.settle(id);
      void persist();
    },
    settle: (id) => void drafts.settle(id),
    fail,
  });

  return {
    state,
    /** The open tabs, in strip order. */
    tabs: () => state.tabs,
    /** The active tab, if any. */
    active: () => (state.activeId ? find(state.activeId) : undefined),
    isDirty,
    activate,
    /** Opens a stored request (or focuses its tab). */
    async open(id: Id): Promise<void> {
      if (!find(id)) {
        const request = await ctx.repos.requests.get(id);
        if (!request) return;
        if (!find(id)) addStored(request);
      }
      activate(id);
    },
    /** Opens a new unsaved tab ("Untitled request", or `init`'s fields, e.g. from history). */
    openNew(init: Partial<Request> = {}): Id {
      const request = makeRequest(ctx.deps, {
        name: "Untitled request",
        ...init,
        collectionId: "",
        parentId: null,
      });
      addTab({ id: request.id, draft: request, saved: request, base: request, isNew: true });
      activate(request.id);
      return request.id;
    },
    /** Replaces a tab's draft (the editor's onChange); the draft is stored after a pause. */
    setDraft,
    /** Saves the draft (untitled tabs into `collectionId`); see {@link SaveOutcome}. */
    save: (id: Id, collectionId?: Id) => save(id, collectionId ? { collectionId } : {}),
    /** Closes a clean tab now; a dirty one waits in `state.pendingClose` for `resolveClose`. */
    requestClose,
    /** Closes the active tab as its close button does (a dirty one asks first); "none" if no tab. */
    closeActive(): "closed" | "pending" | "none" {
      return state.activeId ? requestClose(state.activeId) : "none";
    },
    /** Activates the tab right of the active one, wrapping to the first. */
    activateNext: (): void => void stepTo(1),
    /** Activates the tab left of the active one, wrapping to the last. */
    activatePrevious: (): void => void stepTo(-1),
    /** Whether a closed tab can be reopened (reactive). */
    canReopen: (): boolean => closedTabs.size() > 0,
    /**
     * Reopens the most recently closed tab where it stood, with its unsaved edits, and
     * activates it; resolves to its id, or undefined when there was nothing to reopen.
     */
    reopenClosed: (): Promise<Id | undefined> => closedTabs.reopen(),
    /** Answers the discard prompt for `state.pendingClose`. */
    async resolveClose(choice: CloseChoice): Promise<void> {
      const id = state.pendingClose;
      setState("pendingClose", null);
      if (!id || choice === "cancel") return;
      if (choice === "save" && (await save(id, { closeAfter: true })) !== "saved") return;
      closeNow(id);
    },
    /** Clears `state.pendingSave` without saving (the collection picker was cancelled). */
    cancelPendingSave(): void {
      setState("pendingSave", null);
    },
    /** The fields where the conflicted draft and the stored row differ ("Compare"). */
    conflictRows() {
      const tab = state.conflict && find(state.conflict.id);
      return tab ? compareRows(tab.draft, tab.saved) : [];
    },
    /**
     * Answers `state.conflict`: "reload" takes the stored row (the draft is dropped), "keep-mine"
     * saves the draft over it, "cancel" leaves the tab dirty for later.
     */
    async resolveConflict(choice: ConflictChoice): Promise<void> {
      const conflict = state.conflict;
      setState("conflict", null);
      if (!conflict || choice === "cancel") return;
      const { id, closeAfter } = conflict;
      if (choice === "keep-mine") {
        const outcome = await save(id, { overwrite: true });
        if (outcome === "saved" && closeAfter) closeNow(id);
        return;
      }
      const stored = await ctx.repos.requests.get(id).catch((error: unknown) => {
        fail("reload the request")(error);
        return undefined;
      });
      if (!stored) return;
      setTab(id, () => ({ draft: clone(stored), saved: clone(stored), base: clone(stored) }));
      void drafts.settle(id);
      if (closeAfter) closeNow(id);
    },
    addExample,
    draftForSend,
    /** Writes every draft still waiting for its pause (the host calls it on `pagehide`). */
    flushDrafts: (): Promise<void> => drafts.flush(),
    /** Ids of the tabs whose saved copy lives in storage (for the live sync query). */
    storedIds: (): Id[] => state.tabs.filter((t) => !t.isNew).map((t) => t.id),
    syncSaved,
    /**
     * Reopens the tabs saved in settings and every stored draft (untitled ones too), each with
     * its unsaved edits; missing requests are skipped, and a draft whose request was deleted
     * comes back untitled rather than lost.
     */
    async restore(): Promise<void> {
      const { tabs, active, drafted } = await restoreTabs(ctx.repos);
      batch(() => {
        for (const tab of tabs) if (!find(tab.id)) addTab(tab);
        const chosen = active && find(active) ? active : (state.activeId ?? state.tabs[0]?.id);
        setState("activeId", chosen ?? null);
      });
      // A draft row that says nothing new any more (saved elsewhere meanwhile) is dropped.
      for (const id of drafted) if (!find(id) || !isDirty(find(id)!)) void drafts.settle(id);
    },
  };
}
