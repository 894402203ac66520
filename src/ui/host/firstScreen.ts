/**
 * The first screen is ready to type, as Hoppscotch's is: on a workspace's very first start, when
 * no tab came back, the demo collection's first request opens in a tab (a blank request when
 * there is no demo) and the caret waits in its URL field. Returning users keep what they had.
 */
import type { Request } from "../../core/model";
import type { Repos } from "../../db/repos/index";
import type { TabsStore } from "../stores/tabs";

/** The first collection's first request, top-level ones before those in folders. */
async function firstRequest(repos: Repos): Promise<Request | undefined> {
  const [collection] = (await repos.collections.list()).sort((a, b) => a.sort - b.sort);
  if (!collection) return undefined;
  const requests = await repos.requests.listByCollection(collection.id);
  const rank = (r: Request) => [r.parentId === null ? 0 : 1, r.sort] as const;
  return requests.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1];
  })[0];
}

/** Puts the caret in the open request's URL field, unless the user is already somewhere else. */
export function focusUrlField(doc: Document): void {
  const active = doc.activeElement;
  if (active && active !== doc.body) return;
  doc.querySelector<HTMLInputElement>('#request-panel input[aria-label="URL"]')?.focus();
}

/** Opens the first screen's request (call once, on the first start, after tabs are restored). */
export async function openFirstScreen(
  tabs: TabsStore,
  repos: Repos,
  doc: Document = document,
): Promise<void> {
  if (tabs.tabs().length) return;
  const first = await firstRequest(repos).catch(() => undefined);
  if (tabs.tabs().length) return; // something was opened meanwhile
  if (first) await tabs.open(first.id);
  else tabs.openNew();
  focusUrlField(doc);
}
