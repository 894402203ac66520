/** The import preview's line naming what will be created: `Collection “Sample” · Environment “Dev”`. */

/** What {@link previewNames} reads from a preview. */
export interface PreviewNames {
  collections?: readonly string[] | undefined;
  environments?: readonly string[] | undefined;
}

const MAX_NAMES = 5;

/** `Collection “A”`, `Collections “A”, “B” and 3 more`; "" when nothing is named. */
function named(word: string, names: readonly string[] | undefined): string {
  if (!names?.length) return "";
  const shown = names.slice(0, MAX_NAMES).map((n) => `“${n}”`);
  const more = names.length - shown.length;
  return `${word}${names.length > 1 ? "s" : ""} ${shown.join(", ")}${more ? ` and ${more} more` : ""}`;
}

/** The names of the collections and environments an import creates, or "" when none. */
export function previewNames(p: PreviewNames): string {
  return [named("Collection", p.collections), named("Environment", p.environments)]
    .filter(Boolean)
    .join(" · ");
}
