/**
 * Open request tabs: each holds its draft, the stored copy as it is now (`saved`; dirty = they
 * say different things) and the stored copy the draft started from (`base`, for conflicts).
 * Closing a dirty tab parks it in `pendingClose` until the user picks Save / Discard / Cancel;
 * a save that would undo someone else's change parks it in `conflict` (Reload / Keep mine).
 * The open saved tabs (ids + active) persist to the "openTabs" setting, and every unsaved draft
 * to the drafts table (debounced), so a reload, a crash or an update brings both back.
 */
import { batch, getOwner, onCleanup } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import type { Id, Request } from "../../core/model";
import type { Deps } from "../../core/factory";
import { makeRequest } from "../../core/factory";
import { sameContent, sameValue, withTreeFields } from "../../core/drafts";
import type { Repos } from "../../db/repos/index";
import type { Notify } from "./toasts";
import { errorText } from "../commands/errorText";
import { makeDraftWriter } from "./draftWriter";
import { compareRows } from "./draftCompare";
import { restoreTabs } from "./tabsRestore";
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
  const addTab = (tab: Tab) =>
    setState("tabs", (tabs) => [
      ...tabs,
      { ...tab, draft: clone(tab.draft), saved: clone(tab.saved), base: clone(tab.base) },
    ]);
  const addStored = (request: Request) =>
    addTab({ id: request.id, draft: request, saved: request, base: request, isNew: false });

  const activate = (id: Id) => {
    if (!find(id) || state.activeId === id) return;
    setState("activeId", id);
    void persist();
  };

  const closeNow = (id: Id) => {
    const index = state.tabs.findIndex((t) => t.id === id);
    if (index < 0) return;
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
      produce((tabs) => {
        for (const request of latest) {
          const tab = request && tabs.find((t) => t.id === request.id && !t.isNew);
          if (!tab || sameValue(tab.saved, request)) continue;
          const wasClean = sameContent(tab.draft, tab.saved);
          tab.saved = structuredClone(request);
          if (wasClean) {
            tab.draft = structuredClone(request);
            tab.base = structuredClone(request);
          } else {
            tab.draft = withTreeFields(tab.draft, request);
          }
        }
      }),
    );

  const setDraft = (id: Id, next: Request): void => {
    // reconcile, not a plain set: a store set would merge and keep keys `next` dropped.
    setState("tabs", (t) => t.id === id, "draft", reconcile(next));
    drafts.schedule(id);
  };

  const { addExample, save } = makeTabWrites({
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
    requestClose(id: Id): "closed" | "pending" {
      const tab = find(id);
      if (tab && isDirty(tab)) {
        setState("pendingClose", id);
        return "pending";
      }
      closeNow(id);
      return "closed";
    },
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
    /**
     * The draft to send for tab `id`, with the stored row's place applied first: a move made a
     * moment ago (not yet seen by the live query) already decides whose scripts run.
     */
    async draftForSend(id: Id): Promise<Request | undefined> {
      const tab = find(id);
      if (tab && !tab.isNew) {
        const stored = await ctx.repos.requests.get(id).catch(() => undefined);
        if (stored) syncSaved([stored]);
      }
      const current = find(id);
      return current && clone(current.draft);
    },
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
