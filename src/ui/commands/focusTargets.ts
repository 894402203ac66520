/**
 * Focus moves the shortcuts make into parts of the page they do not own: the active request's
 * URL field and the response body's search box (switching the response to its Body tab first).
 * Found by accessible name, the same way the tests find them.
 */

/** The element labelled `label` inside `root`, if it is on the page. */
const labelled = (root: ParentNode, label: string) =>
  root.querySelector<HTMLElement>(`[aria-label="${label}"]`);

/** The response's tab named `name` (the viewer's tab list). */
const responseTab = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLElement>('[aria-label="Response"] [role="tab"]')].find(
    (tab) => tab.textContent?.trim().startsWith(name) === true,
  );

/** Focuses the URL field or the response search box; false when it is not on the page. */
export function focusTarget(target: "url" | "response-search", root: ParentNode = document) {
  if (target === "url") {
    const url = labelled(root, "URL");
    url?.focus();
    if (url instanceof HTMLInputElement) url.select();
    return url !== null;
  }
  let search = labelled(root, "Search response");
  if (!search) {
    // Solid updates the DOM synchronously, so the Body tab's search box exists right after.
    responseTab(root, "Body")?.click();
    search = labelled(root, "Search response");
  }
  search?.focus();
  return search !== null;
}
