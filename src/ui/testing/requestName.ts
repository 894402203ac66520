/**
 * Matches a request's accessible name in the tree, a tab or the "More tabs" list ("GET Get users",
 * "POST Create user (unsaved)") by its request name alone, whatever the method; the name of a
 * collection or folder (no method) matches too. Tests that care about the method name it in full.
 */
export function requestName(name: string): RegExp {
  return new RegExp(`^(?:[A-Z]+ )?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}
