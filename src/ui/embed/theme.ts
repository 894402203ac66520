/** The embed page's `?theme=light|dark` (anything else follows the reader's system setting). */

/** Forces the theme on the page's root element when `theme` is "light" or "dark". */
export function applyEmbedTheme(
  theme: string | null,
  root: HTMLElement = document.documentElement,
) {
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
}
