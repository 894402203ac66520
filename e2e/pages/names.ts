/**
 * A request's accessible name in the tree, a tab or the "More tabs" list is "METHOD name" (the
 * method badge's text is part of it: WCAG 2.5.3). This matches it by the request's name alone,
 * whatever the method, and a collection's or folder's name (no method) exactly.
 */
export function requestName(name: string): RegExp {
  return new RegExp(`^(?:[A-Z]+ )?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}
