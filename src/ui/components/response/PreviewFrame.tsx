/**
 * Renders a body the way a browser would, from a blob URL of the raw bytes (never decoded on the
 * main thread). HTML runs in `<iframe sandbox="">`: an opaque origin, no scripts, no forms, no
 * same-origin access (STYLE.md point 14). Images use <img>; PDFs use the browser's viewer.
 */
import { Match, Switch, createMemo, onCleanup } from "solid-js";
import type { PreviewKind } from "./previewKind";
import { mediaType } from "./previewKind";

/** Props of {@link PreviewFrame}. */
export interface PreviewFrameProps {
  body: Uint8Array;
  contentType: string | undefined;
  kind: PreviewKind;
}

const BLOB_TYPES: Record<Exclude<PreviewKind, "none">, string> = {
  html: "text/html",
  image: "image/png",
  pdf: "application/pdf",
};

/** Shows the preview, or a note when the content type has none. */
export function PreviewFrame(props: PreviewFrameProps) {
  const url = createMemo(() => {
    const kind = props.kind;
    if (kind === "none") return undefined;
    // Force the blob's type for HTML and PDF so the bytes can't pick another renderer.
    const type =
      kind === "image" ? mediaType(props.contentType) || BLOB_TYPES.image : BLOB_TYPES[kind];
    const charset = /charset=[^;]+/i.exec(props.contentType ?? "")?.[0];
    const blobType = kind === "html" && charset !== undefined ? `${type};${charset}` : type;
    const href = URL.createObjectURL(
      new Blob([props.body as Uint8Array<ArrayBuffer>], { type: blobType }),
    );
    onCleanup(() => URL.revokeObjectURL(href));
    return href;
  });
  return (
    <div class="response-preview">
      <Switch fallback={<p class="response-note">No preview for this content type.</p>}>
        <Match when={props.kind === "html" && url()}>
          {(src) => <iframe class="preview-frame" title="HTML preview" sandbox="" src={src()} />}
        </Match>
        <Match when={props.kind === "image" && url()}>
          {(src) => <img class="preview-image" alt="Response image" src={src()} />}
        </Match>
        <Match when={props.kind === "pdf" && url()}>
          {(src) => <iframe class="preview-frame" title="PDF preview" src={src()} />}
        </Match>
      </Switch>
    </div>
  );
}
