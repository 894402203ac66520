/** Escaping for the XML and HTML reports: every piece of run data passes through one of these. */

/** Characters XML 1.0 does not allow (other than tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escape text for an XML attribute or element, dropping characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text.replace(CONTROL, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escape text for HTML element content or a quoted attribute. */
export function htmlEscape(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/[&<>"']/g, (c) => (c === "'" ? "&#39;" : (ENTITIES[c] ?? c)));
}
