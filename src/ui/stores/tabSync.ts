/** Open tabs following their stored rows as those change (the live query's newer copies). */
import type { Request } from "../../core/model";
import { sameContent, sameValue, withTreeFields } from "../../core/drafts";
import type { Tab } from "./tabTypes";

/**
 * Takes newer stored copies into `tabs` (mutated in place: a store `produce` draft). Clean tabs
 * follow them; dirty tabs keep their content but take the sidebar's fields (a move or rename
 * wins), so a Send after a move runs the new folder's scripts and a save does not move the
 * request back.
 */
export function followStored(tabs: Tab[], latest: readonly (Request | undefined)[]): void {
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
}
