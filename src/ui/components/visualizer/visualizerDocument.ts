/**
 * Builds the `srcdoc` of a visualization: a Content-Security-Policy that denies all network
 * access, a tiny `pm.getData(cb)` shim holding the data as JSON, then the rendered template.
 * The frame is sandboxed with `allow-scripts` only (STYLE.md point 14); the CSP stops a
 * visualization from loading anything or phoning home over HTTP, so external CDNs do not load.
 * Navigation away is stopped by the app's own `frame-src` (index.html) and noticed by
 * GuardedFrame. WebRTC is the gap: `webrtc 'block'` is in the policy for browsers that honour it,
 * but Chromium (156) does not, and nothing else lets a page turn it off for a frame.
 */
import { prependHead } from "../response/frameDocument";

/** The policy every visualization runs under: inline scripts and styles, data/blob images only. */
export const VISUALIZER_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "form-action 'none'",
  "base-uri 'none'",
  "webrtc 'block'",
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

/** The full `srcdoc` for rendered template HTML and the data `pm.getData` hands back. */
export function buildVisualizerDocument(html: string, data: unknown): string {
  const shim =
    "<script>(function(){var d=" +
    scriptSafeJson(data) +
    ";window.pm={getData:function(cb){if(typeof cb==='function'){cb(null,d);}}};})();</script>";
  return prependHead(
    html,
    `<meta http-equiv="Content-Security-Policy" content="${VISUALIZER_CSP}">` +
      '<meta charset="utf-8">' +
      shim,
  );
}
