/**
 * What restore changed that a user should hear about, counted by kind and worded once at the
 * end ("Skipped 3 requests …"). Silent repairs (a default filled in, a number written as text, a
 * duplicate id renewed, sort orders renumbered) are not noted: they change nothing the user sees.
 */

/** The kinds of change worth a warning. */
export type NoteKind =
  | "unsafeKeys"
  | "notData"
  | "notList"
  | "skipped"
  | "orphans"
  | "rehomed"
  | "cycles"
  | "authType"
  | "bodyMode";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WORDS: Record<NoteKind, (n: number) => string> = {
  unsafeKeys: (n) =>
    `Ignored ${plural(n, "field", "fields")} named __proto__, constructor or prototype.`,
  notData: (n) =>
    `Ignored ${plural(n, "value", "values")} that ${n === 1 ? "is" : "are"} not data.`,
  notList: (n) =>
    `Ignored ${plural(n, "part", "parts")} that should be a list and ${n === 1 ? "is" : "are"} not.`,
  skipped: (n) =>
    `Skipped ${plural(n, "entry", "entries")} that ${n === 1 ? "is" : "are"} not an object.`,
  orphans: (n) =>
    `Skipped ${plural(n, "folder or request", "folders and requests")} whose collection is not in the import.`,
  rehomed: (n) =>
    `Moved ${plural(n, "item", "items")} whose folder is missing to the top of ${n === 1 ? "its" : "their"} collection.`,
  cycles: (n) =>
    `Moved ${plural(n, "folder", "folders")} that ${n === 1 ? "was" : "were"} inside ${n === 1 ? "itself" : "themselves"} to the top of ${n === 1 ? "its" : "their"} collection.`,
  authType: (n) => `Reset ${plural(n, "unknown auth type", "unknown auth types")} to the default.`,
  bodyMode: (n) => `Reset ${plural(n, "unknown body type", "unknown body types")} to none.`,
};

/** A counter of changes by kind. */
export interface Notes {
  add(kind: NoteKind, n?: number): void;
  /** The warnings, one sentence per kind that occurred, in a fixed order. */
  warnings(): string[];
}

/** A fresh counter. */
export function makeNotes(): Notes {
  const counts = new Map<NoteKind, number>();
  return {
    add: (kind, n = 1) => void counts.set(kind, (counts.get(kind) ?? 0) + n),
    warnings: () =>
      (Object.keys(WORDS) as NoteKind[]).flatMap((k) => {
        const n = counts.get(k);
        return n ? [WORDS[k](n)] : [];
      }),
  };
}
