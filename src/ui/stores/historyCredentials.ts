/**
 * The "Keep credentials in history" setting. What counts as a credential, and the blanking of an
 * entry when the setting is off, are core's (`toHistoryEntry` applies `blankHistoryEntry`).
 */
import type { Repos } from "../../db/repos/types";

/** The setting: keep the credentials a request sent in its history entry (default: yes). */
export const KEEP_CREDENTIALS_KEY = "history.keepCredentials";

/** Whether new history entries keep their credentials (true if the setting can't be read). */
export const keepsCredentials = (repos: Repos): Promise<boolean> =>
  repos.settings.get(KEEP_CREDENTIALS_KEY, true).catch(() => true);
