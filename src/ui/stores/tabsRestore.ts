/**
 * What the tabs store brings back at start-up: the stored tabs of the "openTabs" setting and
 * every stored draft, each draft on top of its request as stored now (a move or rename made
 * meanwhile wins; see core/drafts.ts).
 */
import type { Id, Request } from "../../core/model";
import { withTreeFields } from "../../core/drafts";
import type { Repos, StoredDraft } from "../../db/repos/index";
import type { OpenTabsSetting, Tab } from "./tabTypes";
import { OPEN_TABS_KEY } from "./tabTypes";

/** The tabs to open (in strip order), the one to activate, and the ids that had a draft row. */
export interface RestoredTabs {
  tabs: Tab[];
  active: Id | null;
  drafted: Id[];
}

/** A draft whose request is gone (deleted meanwhile) comes back untitled, not lost. */
export const unstored = (r: Request): Request => ({ ...r, collectionId: "", parentId: null });

/** The tab for `id` from its stored row and/or its draft row; undefined when neither exists. */
function tabOf(id: Id, stored: Request | undefined, row: StoredDraft | undefined): Tab | undefined {
  if (stored && row && !row.isNew) {
    return {
      id,
      draft: withTreeFields(row.draft, stored),
      saved: stored,
      base: row.base,
      isNew: false,
    };
  }
  if (stored) return { id, draft: stored, saved: stored, base: stored, isNew: false };
  if (!row) return undefined;
  const base = unstored(row.base);
  return { id, draft: unstored(row.draft), saved: base, base, isNew: true };
}

/** Reads the setting, the drafts and the requests they name; unreadable parts count as empty. */
export async function restoreTabs(repos: Repos): Promise<RestoredTabs> {
  const none: OpenTabsSetting = { ids: [], active: null };
  const [setting, rows] = await Promise.all([
    repos.settings.get<OpenTabsSetting>(OPEN_TABS_KEY, none).catch(() => none),
    repos.drafts.list().catch((): StoredDraft[] => []),
  ]);
  const listed = Array.isArray(setting?.ids) ? setting.ids : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  // The setting's order first, then drafts of tabs it does not list (untitled ones, or tabs of
  // another window that closed), oldest first.
  const ids = [...new Set([...listed, ...rows.map((r) => r.id)])];
  const stored = await Promise.all(
    ids.map((id) =>
      byId.get(id)?.isNew ? undefined : repos.requests.get(id).catch(() => undefined),
    ),
  );
  const tabs = ids.flatMap((id, i) => tabOf(id, stored[i], byId.get(id)) ?? []);
  return { tabs, active: setting?.active ?? null, drafted: rows.map((r) => r.id) };
}
