/** Which preview a body gets, from its content type and detected kind. */
import type { BodyKind } from "../../../workers/format/types";

/** html → sandboxed frame; image → <img>; pdf → the browser's viewer; none → no preview. */
export type PreviewKind = "html" | "image" | "pdf" | "none";

/** The media type part of a content type, lower-cased. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Decides the preview for a body. */
export function previewKind(
  contentType: string | undefined,
  kind: BodyKind | undefined,
): PreviewKind {
  const type = mediaType(contentType);
  if (type.startsWith("image/")) return "image";
  if (type === "application/pdf") return "pdf";
  if (type === "text/html" || type === "application/xhtml+xml" || kind === "html") return "html";
  return "none";
}
