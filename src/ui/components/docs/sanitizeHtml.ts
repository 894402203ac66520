/**
 * The policy for user-written HTML (Markdown descriptions, which a shared or imported collection
 * makes untrusted content): DOMPurify with an allow-list of structural tags and a handful of
 * attributes, then our own rules. Loaded only with the Markdown renderer (see loadMarkdown.ts).
 *
 * - No script, event handler, form, frame, object, embed, SVG/MathML, `<style>`, `<link>`, `<meta>`
 *   or `<base>`; no `style`, `class`, `id` or `name` attribute (nothing can restyle the app, cover
 *   it, or clobber its ids).
 * - Links keep only http(s) and mailto URLs and open in a new tab with `rel="noopener noreferrer"`.
 * - Images: `data:` images show; remote ones are blocked (no `src`, marked `data-blocked`) until
 *   the caller passes `remoteImages`, as the HTML preview does: Satchel makes no third-party request
 *   the user did not ask for. Allowed remote images load without a referrer.
 * @see https://github.com/cure53/DOMPurify#can-i-configure-dompurify
 */
import DOMPurify from "dompurify";

/** Options of {@link sanitizeHtml}. */
export interface SanitizeOptions {
  /** Whether http(s) images may load. */
  remoteImages: boolean;
}

/** The sanitized content and how many images were blocked. */
export interface SanitizedHtml {
  fragment: DocumentFragment;
  blockedImages: number;
}

const ALLOWED_TAGS = [
  ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code"],
  ...["strong", "em", "b", "i", "u", "s", "del", "ins", "mark", "sub", "sup", "kbd", "small"],
  ...["ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "span", "div", "abbr"],
  ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img"],
];
const ALLOWED_ATTR = ["href", "title", "alt", "src", "align", "start", "colspan", "rowspan"];
/**
 * URLs: absolute http(s) and mailto only; DOMPurify still lets `data:` through for `img`. It
 * tests every attribute outside its URI-safe list against this, so the plain-value ones are
 * added to that list.
 */
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:)/i;
const ADD_URI_SAFE_ATTR = ["align", "start", "colspan", "rowspan"];

const purify = DOMPurify();
let current: { options: SanitizeOptions; blocked: number } | undefined;

purify.addHook("afterSanitizeAttributes", (node) => {
  if (!current) return;
  if (node.tagName === "A") {
    if (node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  } else if (node.tagName === "IMG") {
    const src = node.getAttribute("src") ?? "";
    if (/^data:image\//i.test(src)) return;
    if (current.options.remoteImages && /^https?:/i.test(src)) {
      node.setAttribute("referrerpolicy", "no-referrer");
      node.setAttribute("loading", "lazy");
      return;
    }
    node.removeAttribute("src");
    if (src) {
      node.setAttribute("data-blocked", "remote");
      current.blocked += 1;
    }
  }
});

/** Sanitizes `html` into a fragment for the current document (parsed inertly, never run). */
export function sanitizeHtml(html: string, options: SanitizeOptions): SanitizedHtml {
  current = { options, blocked: 0 };
  try {
    const fragment = purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOWED_URI_REGEXP,
      ADD_URI_SAFE_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      RETURN_DOM_FRAGMENT: true,
    });
    return { fragment, blockedImages: current.blocked };
  } finally {
    current = undefined;
  }
}
