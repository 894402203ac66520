/**
 * Builds the `srcdoc` of a visualization: a Content-Security-Policy that denies all network
 * access, a tiny `pm.getData(cb)` shim holding the data as JSON, then the rendered template.
 * The frame is sandboxed without same-origin (STYLE.md point 14); the CSP additionally stops a
 * visualization from loading anything or phoning home, so external CDNs do not load.
 */

/** The policy every visualization runs under: inline scripts and styles, data/blob images only. */
export const VISUALIZER_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

/**
 * JSON that is safe inside an inline `<script>`: every `<` (so `</script` and `<!--` cannot end
 * or confuse the element) and the JS line terminators U+2028/U+2029 become `\u` escapes.
 * Values JSON cannot hold (undefined, functions) become `null`.
 */
export function scriptSafeJson(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return (json ?? "null")
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

/** The full `srcdoc` for rendered template HTML and the data `pm.getData` hands back. */
export function buildVisualizerDocument(html: string, data: unknown): string {
  // Our head elements must come first so the CSP meta lands in <head>; keep a template's doctype.
  const doctype = DOCTYPE.exec(html)?.[0].trim();
  const body = doctype === undefined ? html : html.replace(DOCTYPE, "");
  const shim =
    "<script>(function(){var d=" +
    scriptSafeJson(data) +
    ";window.pm={getData:function(cb){if(typeof cb==='function'){cb(null,d);}}};})();</script>";
  return (
    (doctype ?? "") +
    `<meta http-equiv="Content-Security-Policy" content="${VISUALIZER_CSP}">` +
    '<meta charset="utf-8">' +
    shim +
    body
  );
}
