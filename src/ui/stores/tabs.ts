/**
 * Open request tabs: each holds the saved copy and an editable draft; dirty = they differ.
 * Closing a dirty tab parks it in `pendingClose` until the user picks Save / Discard / Cancel.
 * The open saved tabs (ids + active) persist to the "openTabs" setting.
 */
import { batch } from "solid-js";
import { createStore, produce, reconcile, unwrap } from "solid-js/store";
import type { Id, Request } from "../../core/model";
import type { Deps } from "../../core/factory";
import { makeRequest } from "../../core/factory";
import type { Repos } from "../../db/repos/index";
import type { Notify } from "./toasts";
import { deepEqual } from "./deepEqual";
import { errorText } from "../commands/errorText";

/** One open tab. `isNew` tabs were never stored ("Untitled request"). */
export interface Tab {
  id: Id;
  draft: Request;
  saved: Request;
  isNew: boolean;
}

/** What "openTabs" holds in settings. */
export interface OpenTabsSetting {
  ids: Id[];
  active: Id | null;
}

/** The settings key for open tabs. */
export const OPEN_TABS_KEY = "openTabs";

/** Outcome of a save: written, waiting for a collection choice (untitled), or failed. */
export type SaveOutcome = "saved" | "needs-collection" | "failed";

/** The user's answer to the discard prompt. */
export type CloseChoice = "save" | "discard" | "cancel";

/** The tabs store (see `createTabsStore`). */
export type TabsStore = ReturnType<typeof createTabsStore>;

/** Creates the tabs store. Call `restore()` once storage is ready. */
export function createTabsStore(ctx: { repos: Repos; deps: Deps; notify: Notify }) {
  const [state, setState] = createStore({
    tabs: [] as Tab[],
    activeId: null as Id | null,
    pendingClose: null as Id | null,
    pendingSave: null as Id | null,
  });
  const find = (id: Id) => state.tabs.find((t) => t.id === id);
  const isDirty = (tab: Tab) => !deepEqual(tab.draft, tab.saved);
  const clone = (r: Request): Request => structuredClone(unwrap(r));

  const persist = () => {
    const setting: OpenTabsSetting = {
      ids: state.tabs.filter((t) => !t.isNew).map((t) => t.id),
      active: state.activeId && find(state.activeId)?.isNew === false ? state.activeId : null,
    };
    return ctx.repos.settings.set(OPEN_TABS_KEY, setting).catch(() => undefined);
  };
  const addTab = (request: Request, isNew: boolean) =>
    setState("tabs", (tabs) => [
      ...tabs,
      { id: request.id, draft: clone(request), saved: clone(request), isNew },
    ]);

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
    void persist();
  };

  const save = async (id: Id, collectionId?: Id): Promise<SaveOutcome> => {
    const tab = find(id);
    if (!tab) return "failed";
    if (tab.isNew && !collectionId) {
      setState("pendingSave", id);
      return "needs-collection";
    }
    const next: Request = { ...clone(tab.draft), updatedAt: ctx.deps.clock.now() };
    if (tab.isNew && collectionId) Object.assign(next, { collectionId, parentId: null });
    try {
      await ctx.repos.requests.put(next);
    } catch (error) {
      ctx.notify({ kind: "error", message: errorText("save the request", error) });
      return "failed";
    }
    setState("tabs", (t) => t.id === id, { draft: next, saved: clone(next), isNew: false });
    if (state.pendingSave === id) setState("pendingSave", null);
    void persist();
    return "saved";
  };

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
        if (!find(id)) addTab(request, false);
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
      addTab(request, true);
      activate(request.id);
      return request.id;
    },
    /** Replaces a tab's draft (the editor's onChange). */
    setDraft(id: Id, next: Request): void {
      // reconcile, not a plain set: a store set would merge and keep keys `next` dropped.
      setState("tabs", (t) => t.id === id, "draft", reconcile(next));
    },
    save,
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
      if (choice === "save") {
        const outcome = await save(id);
        if (outcome !== "saved") return;
      }
      closeNow(id);
    },
    /** Clears `state.pendingSave` without saving (the collection picker was cancelled). */
    cancelPendingSave(): void {
      setState("pendingSave", null);
    },
    /** Ids of the tabs whose saved copy lives in storage (for the live sync query). */
    storedIds: (): Id[] => state.tabs.filter((t) => !t.isNew).map((t) => t.id),
    /**
     * Takes newer saved copies from storage (another browser tab, a script, an import). Clean tabs
     * follow them; dirty tabs keep their draft but compare against the new saved copy.
     */
    syncSaved(latest: readonly (Request | undefined)[]): void {
      setState(
        "tabs",
        produce((tabs) => {
          for (const request of latest) {
            const tab = request && tabs.find((t) => t.id === request.id && !t.isNew);
            if (!tab || deepEqual(tab.saved, request)) continue;
            const wasClean = deepEqual(tab.draft, tab.saved);
            tab.saved = structuredClone(request);
            if (wasClean) tab.draft = structuredClone(request);
          }
        }),
      );
    },
    /** Reopens the tabs saved in settings; missing requests are skipped. */
    async restore(): Promise<void> {
      const setting = await ctx.repos.settings
        .get<OpenTabsSetting>(OPEN_TABS_KEY, { ids: [], active: null })
        .catch(() => ({ ids: [], active: null }) as OpenTabsSetting);
      const requests = await Promise.all(
        (Array.isArray(setting?.ids) ? setting.ids : []).map((id) =>
          ctx.repos.requests.get(id).catch(() => undefined),
        ),
      );
      batch(() => {
        for (const r of requests) if (r && !find(r.id)) addTab(r, false);
        const active = setting?.active && find(setting.active) ? setting.active : state.tabs[0]?.id;
        setState("activeId", active ?? null);
      });
    },
  };
}
