/**
 * A tab's writes to its stored request row: Save (with the conflict check against the row as
 * stored now) and "Save as example". One tab's writes run one after another. Also the draft a
 * Send takes, which first reads the row's place.
 */
import { unwrap } from "solid-js/store";
import type { Deps } from "../../core/factory";
import { conflictingFields, sameContent, withTreeFields } from "../../core/drafts";
import type { Example, Id, Request } from "../../core/model";
import type { Repos } from "../../db/repos/index";
import type { ExampleOutcome, PendingConflict, SaveOutcome, Tab } from "./tabTypes";

/** Options of a save. */
export interface SaveOptions {
  /** Where an untitled tab is saved. */
  collectionId?: Id;
  /** Write over someone else's change ("Keep mine"). */
  overwrite?: boolean;
  /** Close the tab once saved (the close prompt's "Save"). */
  closeAfter?: boolean;
}

/** What the writes need from the tabs store. */
export interface TabWritesContext {
  repos: Repos;
  deps: Deps;
  find: (id: Id) => Tab | undefined;
  setTab: (id: Id, change: (tab: Tab) => Partial<Tab>) => void;
  setDraft: (id: Id, next: Request) => void;
  syncSaved: (latest: readonly (Request | undefined)[]) => void;
  /** An untitled tab needs a collection first (the picker opens). */
  askCollection: (id: Id) => void;
  /** The stored row changed since the draft was opened: the user decides. */
  conflict: (pending: PendingConflict) => void;
  /** The tab was saved. */
  saved: (id: Id) => void;
  /** The tab's draft row may be dropped if it says nothing new. */
  settle: (id: Id) => void;
  fail: (action: string) => (error: unknown) => void;
}

const clone = (r: Request): Request => structuredClone(unwrap(r));

/** Creates the writes. */
export function makeTabWrites(ctx: TabWritesContext) {
  /**
   * A tab's writes to its stored row, one after another: "Save as example" then Ctrl+S at once
   * must not both read the row before either writes it (the save would drop the example).
   */
  const writes = new Map<Id, Promise<unknown>>();
  const serial = <T>(id: Id, write: () => Promise<T>): Promise<T> => {
    const next = (writes.get(id) ?? Promise.resolve()).then(write, write);
    writes.set(id, next);
    void next.finally(() => writes.get(id) === next && writes.delete(id));
    return next;
  };

  /** "Save as example" now (see addExample): the stored row gets the example. */
  const addExampleNow = async (id: Id, example: Example): Promise<ExampleOutcome> => {
    const tab = ctx.find(id);
    if (!tab) return "failed";
    const withExample = (r: Request): Request => ({
      ...clone(r),
      examples: [...clone(r).examples, example],
    });
    const stored = tab.isNew ? undefined : await ctx.repos.requests.get(id).catch(() => undefined);
    if (!stored) {
      ctx.setDraft(id, withExample(tab.draft));
      return "draft";
    }
    const next = { ...withExample(stored), updatedAt: ctx.deps.clock.now() };
    try {
      await ctx.repos.requests.put(next);
    } catch (error) {
      ctx.fail("save the example")(error);
      return "failed";
    }
    ctx.setTab(id, (t) => {
      const clean = sameContent(t.draft, t.saved);
      return {
        draft: clean ? clone(next) : withExample(t.draft),
        saved: clone(next),
        // Our own write is no one else's change: the base takes it too.
        base: clean ? clone(next) : { ...clone(t.base), examples: clone(next).examples },
      };
    });
    ctx.settle(id);
    return "stored";
  };

  /**
   * Adds `example` to the request at once ("Save as example"): the stored row gets it and the
   * draft, if any, keeps its other edits. An untitled tab has no row yet: only its draft does.
   */
  const addExample = (id: Id, example: Example): Promise<ExampleOutcome> =>
    serial(id, () => addExampleNow(id, example));

  const save = (id: Id, options: SaveOptions = {}): Promise<SaveOutcome> =>
    serial(id, () => saveNow(id, options));

  const saveNow = async (id: Id, options: SaveOptions): Promise<SaveOutcome> => {
    const tab = ctx.find(id);
    if (!tab) return "failed";
    if (tab.isNew && !options.collectionId) {
      ctx.askCollection(id);
      return "needs-collection";
    }
    const sent = clone(tab.draft);
    let next = sent;
    try {
      const stored = tab.isNew ? undefined : await ctx.repos.requests.get(id);
      if (stored) {
        const fields = options.overwrite ? [] : conflictingFields(tab.base, sent, stored);
        if (fields.length) {
          ctx.syncSaved([stored]);
          ctx.conflict({ id, fields, closeAfter: options.closeAfter ?? false });
          return "conflict";
        }
        next = withTreeFields(sent, stored);
      }
      next = { ...next, updatedAt: ctx.deps.clock.now() };
      if (tab.isNew && options.collectionId) {
        // A folder the draft names in that same collection is kept (the save dialog sets it).
        const parentId = sent.collectionId === options.collectionId ? sent.parentId : null;
        Object.assign(next, { collectionId: options.collectionId, parentId });
      }
      await ctx.repos.requests.put(next);
    } catch (error) {
      ctx.fail("save the request")(error);
      return "failed";
    }
    // Keystrokes that arrived while the write was in flight stay in the draft.
    ctx.setTab(id, (t) => ({
      draft: sameContent(t.draft, sent) ? clone(next) : withTreeFields(clone(t.draft), next),
      saved: clone(next),
      base: clone(next),
      isNew: false,
    }));
    ctx.saved(id);
    return "saved";
  };

  /**
   * The draft to send for tab `id`, with the stored row's place applied first: a move made a
   * moment ago (not yet seen by the live query) already decides whose scripts run.
   */
  const draftForSend = async (id: Id): Promise<Request | undefined> => {
    const tab = ctx.find(id);
    if (tab && !tab.isNew) {
      const stored = await ctx.repos.requests.get(id).catch(() => undefined);
      if (stored) ctx.syncSaved([stored]);
    }
    const current = ctx.find(id);
    return current && clone(current.draft);
  };

  return { addExample, draftForSend, save };
}
