/**
 * The accessible name of a request wherever it shows with its method badge (a tree row, a tab, the
 * "More tabs" list): the method as the badge shows it, then the name, then " (unsaved)" when dirty.
 * The visible text is part of the name (WCAG 2.5.3, label in name), so a speech user can say what
 * they see, and a screen reader user hears the method too.
 */
export function requestLabel(method: string, name: string, dirty = false): string {
  return `${method.toUpperCase()} ${name}${dirty ? " (unsaved)" : ""}`;
}
