/**
 * The HTML preview: the body in a `srcdoc` frame sandboxed with no tokens (no scripts, no forms,
 * no pop-ups, an opaque origin) and a CSP that blocks remote images, styles and fonts until the
 * user clicks "Load remote content" for this response, as mail clients do. `srcdoc` gives the
 * page no URL of its own, so there is nothing to open top-level under the app's origin.
 */
import { Show, createMemo, createSignal } from "solid-js";
import { GuardedFrame } from "./GuardedFrame";
import { buildHtmlPreviewDocument, decodeHtml } from "./htmlPreviewDocument";

/** Props of {@link HtmlPreview}. */
export interface HtmlPreviewProps {
  body: Uint8Array;
  contentType: string | undefined;
  /** The response's URL, which relative links resolve against. */
  url: string | undefined;
}

/** Shows an HTML body with remote content blocked until asked for. */
export function HtmlPreview(props: HtmlPreviewProps) {
  // Keyed by the body itself, so a new response starts blocked again.
  const [remoteFor, setRemoteFor] = createSignal<Uint8Array>();
  const remote = () => remoteFor() === props.body;
  const html = createMemo(() => decodeHtml(props.body, props.contentType));
  const srcdoc = createMemo(() =>
    buildHtmlPreviewDocument(html(), { remote: remote(), baseUrl: props.url }),
  );
  return (
    <div class="html-preview">
      <div class="preview-remote">
        <Show
          when={remote()}
          fallback={
            <>
              <span>Remote images, styles and fonts are blocked in this preview.</span>
              <button type="button" class="button" onClick={() => setRemoteFor(() => props.body)}>
                Load remote content
              </button>
            </>
          }
        >
          <span>Remote images, styles and fonts are loaded. Scripts stay off.</span>
        </Show>
      </div>
      <GuardedFrame
        title="HTML preview"
        sandbox=""
        srcdoc={srcdoc()}
        leftMessage="The page tried to open another page (a link or a redirect), so Satchel closed the preview."
      />
    </div>
  );
}
