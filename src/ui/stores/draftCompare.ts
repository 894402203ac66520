/**
 * The "Compare" view of a save conflict: one row per request field where the user's draft and
 * the stored row differ, each side as readable text (a side-by-side, not a line diff).
 */
import type { Request } from "../../core/model";
import { differingFields } from "../../core/drafts";

/** One differing field. */
export interface CompareRow {
  field: string;
  /** The field's name as the editor shows it. */
  label: string;
  mine: string;
  theirs: string;
}

const LABELS: Record<string, string> = {
  method: "Method",
  url: "URL",
  params: "Params",
  pathVariables: "Path variables",
  headers: "Headers",
  body: "Body",
  auth: "Auth",
  scripts: "Scripts",
  description: "Description",
  examples: "Examples",
  variables: "Variables",
  settings: "Settings",
  extra: "Other fields",
};

/** A field's value as text: strings as they are, anything else as indented JSON. */
function asText(value: unknown): string {
  if (value === undefined) return "(none)";
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

/** The rows where `mine` (the draft) and `theirs` (the stored row) differ. */
export function compareRows(mine: Request, theirs: Request): CompareRow[] {
  const get = (r: Request, k: string) => (r as unknown as Record<string, unknown>)[k];
  return differingFields(mine, theirs).map((field) => ({
    field,
    label: LABELS[field] ?? field,
    mine: asText(get(mine, field)),
    theirs: asText(get(theirs, field)),
  }));
}
