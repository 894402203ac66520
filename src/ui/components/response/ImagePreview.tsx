/**
 * The image preview. Bitmaps show from their own bytes, typed as the bitmap they claim to be;
 * every other image type (SVG above all) shows as a PNG drawn from it (see rasterImage.ts), so
 * the only URL the page exposes is one of pixels.
 */
import { Match, Switch, createMemo, createResource, onCleanup } from "solid-js";
import { mediaType } from "./previewKind";
import type { RasterImage } from "./rasterImage";
import { isBitmapType, rasterize } from "./rasterImage";

/** Props of {@link ImagePreview}. */
export interface ImagePreviewProps {
  body: Uint8Array;
  contentType: string | undefined;
}

type Shown = { blob: Blob; size?: RasterImage["size"] };

async function toShown(body: Uint8Array, type: string): Promise<Shown> {
  if (isBitmapType(type)) return { blob: new Blob([body as Uint8Array<ArrayBuffer>], { type }) };
  const raster = await rasterize(body, type);
  return { blob: raster.png, size: raster.size };
}

/** Shows the response image, drawn to a PNG unless it is a plain bitmap. */
export function ImagePreview(props: ImagePreviewProps) {
  const input = createMemo(() => ({ body: props.body, type: mediaType(props.contentType) }));
  const [shown] = createResource(input, (i) => toShown(i.body, i.type));
  // Read the value only once ready: reading while pending would suspend an ancestor Suspense.
  const ready = () => (shown.state === "ready" ? shown() : undefined);
  const image = createMemo(() => {
    const s = ready();
    if (s === undefined) return undefined;
    const src = URL.createObjectURL(s.blob);
    onCleanup(() => URL.revokeObjectURL(src));
    return { src, size: s.size };
  });
  return (
    <Switch fallback={<p class="response-note">Drawing the image…</p>}>
      <Match when={shown.state === "errored"}>
        <p class="response-note">This image could not be shown.</p>
      </Match>
      <Match when={image()}>
        {(i) => (
          <img
            class="preview-image"
            alt="Response image"
            src={i().src}
            width={i().size?.width}
            height={i().size?.height}
          />
        )}
      </Match>
    </Switch>
  );
}
