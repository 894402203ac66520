/** Insomnia's Nunjucks templates → our `{{name}}` variables. */

/** Collects template problems while converting one file. */
export interface TemplateNotes {
  /** Set when a `{% … %}` tag (response chaining, faker…) was seen; kept as text. */
  tags: boolean;
}

const VARIABLE = /\{\{\s*(?:_\.([\w$.-]+)|_\[\s*['"]([^'"]+)['"]\s*\]|([\w$.-]+))\s*\}\}/g;

/** `{{ _.name }}`, `{{ _['name'] }}` and `{{ name }}` → `{{name}}`; tags stay and are noted. */
export function convertTemplate(text: string, notes: TemplateNotes): string {
  if (text.includes("{%")) notes.tags = true;
  return text.replace(
    VARIABLE,
    (_m, dotted: string | undefined, quoted: string | undefined, bare: string | undefined) =>
      `{{${dotted ?? quoted ?? bare ?? ""}}}`,
  );
}
