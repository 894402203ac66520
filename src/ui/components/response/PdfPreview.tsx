/**
 * The PDF preview, in the browser's own viewer. Chromium's viewer does not run in a sandboxed
 * frame, so this one frame is not sandboxed and its URL is a same-origin blob: URL. What keeps
 * that safe is what the URL can hold: the blob is typed `application/pdf` (a blob's explicit type
 * is never sniffed, so it renders in the viewer or downloads, never as HTML or SVG), and it is
 * made only when the bytes start like a PDF. Anything else is not previewed.
 */
import { Show, createMemo, onCleanup } from "solid-js";

/** Props of {@link PdfPreview}. */
export interface PdfPreviewProps {
  body: Uint8Array;
}

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether the bytes begin with the PDF header "%PDF-". */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** Shows a PDF in the browser's viewer, or a note when the body is not a PDF. */
export function PdfPreview(props: PdfPreviewProps) {
  const src = createMemo(() => {
    if (!looksLikePdf(props.body)) return undefined;
    const blob = new Blob([props.body as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
    const href = URL.createObjectURL(blob);
    onCleanup(() => URL.revokeObjectURL(href));
    return href;
  });
  return (
    <Show
      when={src()}
      fallback={
        <p class="response-note">This body does not start with “%PDF-”, so it is not previewed.</p>
      }
    >
      {(href) => <iframe class="preview-frame" title="PDF preview" src={href()} />}
    </Show>
  );
}
