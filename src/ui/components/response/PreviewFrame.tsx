/**
 * Renders a body the way a browser would, without ever letting it run as the app: HTML in a
 * `srcdoc` frame sandboxed with no tokens (HtmlPreview), images as pixels (ImagePreview; SVG is
 * drawn to a PNG), PDFs in the browser's viewer from a blob typed `application/pdf` (PdfPreview).
 * STYLE.md point 14; ARCHITECTURE.md, "Security boundaries".
 */
import { Match, Switch } from "solid-js";
import { HtmlPreview } from "./HtmlPreview";
import { ImagePreview } from "./ImagePreview";
import { PdfPreview } from "./PdfPreview";
import type { PreviewKind } from "./previewKind";

/** Props of {@link PreviewFrame}. */
export interface PreviewFrameProps {
  body: Uint8Array;
  contentType: string | undefined;
  kind: PreviewKind;
  /** The response's URL (relative links in HTML resolve against it). */
  url?: string | undefined;
}

/** Shows the preview, or a note when the content type has none. */
export function PreviewFrame(props: PreviewFrameProps) {
  return (
    <div class="response-preview">
      <Switch fallback={<p class="response-note">No preview for this content type.</p>}>
        <Match when={props.kind === "html"}>
          <HtmlPreview body={props.body} contentType={props.contentType} url={props.url} />
        </Match>
        <Match when={props.kind === "image"}>
          <ImagePreview body={props.body} contentType={props.contentType} />
        </Match>
        <Match when={props.kind === "pdf"}>
          <PdfPreview body={props.body} />
        </Match>
      </Switch>
    </div>
  );
}
