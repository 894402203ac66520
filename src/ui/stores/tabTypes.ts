/** The tabs store's shapes: a tab, what is kept in settings, and the answers its prompts take. */
import type { Id, Request } from "../../core/model";

/** One open tab. `isNew` tabs were never stored ("Untitled request"). */
export interface Tab {
  id: Id;
  draft: Request;
  /** The stored copy as it is now (followed live); a blank request for untitled tabs. */
  saved: Request;
  /** The stored copy the draft started from: a save compares it with the row to find conflicts. */
  base: Request;
  isNew: boolean;
}

/** What "openTabs" holds in settings. */
export interface OpenTabsSetting {
  ids: Id[];
  active: Id | null;
}

/** The settings key for open tabs. */
export const OPEN_TABS_KEY = "openTabs";

/**
 * Outcome of a save: written, waiting for a collection choice (untitled), waiting for the
 * user's answer to a conflict (`state.conflict`), or failed (already reported).
 */
export type SaveOutcome = "saved" | "needs-collection" | "conflict" | "failed";

/** The user's answer to the discard prompt. */
export type CloseChoice = "save" | "discard" | "cancel";

/** The user's answer to a save conflict: take the stored row, overwrite it, or decide later. */
export type ConflictChoice = "reload" | "keep-mine" | "cancel";

/** A save that found the stored row changed by someone else since the draft was opened. */
export interface PendingConflict {
  id: Id;
  /** The fields someone else changed that the draft would overwrite. */
  fields: string[];
  /** The save came from closing the tab: close it once the conflict is settled. */
  closeAfter: boolean;
}

/** Where a "Save as example" went: into the stored row, or only the draft (untitled tab). */
export type ExampleOutcome = "stored" | "draft" | "failed";
