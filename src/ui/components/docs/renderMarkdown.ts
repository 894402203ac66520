/**
 * Markdown → sanitized DOM: `marked` (GitHub-flavoured, synchronous) then {@link sanitizeHtml}.
 * This module pulls in both libraries, so the UI reaches it only through loadMarkdown.ts.
 * @see https://marked.js.org/using_advanced
 */
import { Marked } from "marked";
import type { SanitizedHtml, SanitizeOptions } from "./sanitizeHtml";
import { sanitizeHtml } from "./sanitizeHtml";

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // Task lists as text: the policy allows no form controls.
    checkbox: ({ checked }) => (checked ? "☑ " : "☐ "),
  },
});

/** Renders `source` as sanitized Markdown. */
export function renderMarkdown(source: string, options: SanitizeOptions): SanitizedHtml {
  const html = marked.parse(source, { async: false });
  return sanitizeHtml(html, options);
}
