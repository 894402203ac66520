/**
 * Puts our own head elements (a CSP meta, a base URL, a shim) at the very start of a document
 * that will be some frame's `srcdoc`, so they apply before anything the document itself says.
 * A leading doctype stays first: a meta in front of it would put the page in quirks mode.
 */

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/** `html` with `head` in front of everything but its doctype. */
export function prependHead(html: string, head: string): string {
  const doctype = DOCTYPE.exec(html)?.[0].trim();
  const body = doctype === undefined ? html : html.replace(DOCTYPE, "");
  return (doctype ?? "") + head + body;
}

/** `value` escaped for a double-quoted HTML attribute. */
export function attributeValue(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
