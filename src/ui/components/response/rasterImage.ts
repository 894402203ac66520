/**
 * Images for the preview that cannot run anything. Bitmap formats are shown as they are; anything
 * else (SVG above all, which can carry scripts) is drawn once through a detached `<img>` — where
 * SVG never runs script or loads resources — onto a canvas, and shown as the PNG that comes out.
 * The SVG itself never gets a same-origin URL: it is read from a `data:` URL (an opaque origin,
 * which also keeps the canvas untainted), so neither the preview nor "Open image in new tab",
 * "Save image as" or a drag can hand out the SVG document under the app's origin.
 */

/** Bitmap types a browser only ever decodes as pixels: safe to show from their own bytes. */
const BITMAP_TYPES = new Set([
  "image/png",
  "image/apng",
  "image/jpeg",
  "image/jpg",
  "image/pjpeg",
  "image/gif",
  "image/webp",
  "image/avif",
  "image/bmp",
  "image/x-icon",
  "image/vnd.microsoft.icon",
]);

/** Whether `type` (a lower-cased media type) is shown from its own bytes. */
export function isBitmapType(type: string): boolean {
  return BITMAP_TYPES.has(type);
}

/** A width and height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

const UNITS: Record<string, number> = {
  "": 1,
  px: 1,
  pt: 4 / 3,
  pc: 16,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
};

/** An absolute SVG length in CSS pixels; undefined for percentages, ems and junk. */
function length(value: string | undefined): number | undefined {
  const m = /^\s*(\d*\.?\d+(?:e[+-]?\d+)?)\s*(px|pt|pc|in|cm|mm)?\s*$/i.exec(value ?? "");
  if (!m) return undefined;
  const n = Number(m[1]) * (UNITS[(m[2] ?? "").toLowerCase()] ?? 1);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The value of attribute `name` in a tag's attribute text. */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * The size an SVG asks for, from its root element's width, height and viewBox (an `<img>` only
 * reports 300×150 for an SVG sized by its viewBox alone). Undefined when it says nothing usable.
 */
export function svgIntrinsicSize(text: string): Size | undefined {
  const attrs = /<svg\b([^>]*)>/i.exec(text)?.[1];
  if (attrs === undefined) return undefined;
  const width = length(attribute(attrs, "width"));
  const height = length(attribute(attrs, "height"));
  if (width !== undefined && height !== undefined) return { width, height };
  const box = (attribute(attrs, "viewBox") ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [vw, vh] = [box[2] ?? NaN, box[3] ?? NaN];
  if (box.length !== 4 || !(vw > 0) || !(vh > 0)) return undefined;
  if (width !== undefined) return { width, height: (width * vh) / vw };
  if (height !== undefined) return { width: (height * vw) / vh, height };
  return { width: vw, height: vh };
}

const MAX_SIDE = 8192;
const MAX_PIXELS = 16_777_216;

/** The canvas size for drawing `size` at `scale`, kept within what a canvas can hold. */
export function canvasSize(size: Size, scale: number): Size {
  const fit = Math.min(
    scale,
    MAX_SIDE / size.width,
    MAX_SIDE / size.height,
    Math.sqrt(MAX_PIXELS / (size.width * size.height)),
  );
  return {
    width: Math.max(1, Math.round(size.width * fit)),
    height: Math.max(1, Math.round(size.height * fit)),
  };
}

/** A PNG of an image and the size to show it at. */
export interface RasterImage {
  png: Blob;
  size: Size;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error("Could not read the image"));
    reader.readAsDataURL(blob);
  });
}

/** Draws the image in `bytes` (of media type `type`) to a PNG. Rejects if it does not decode. */
export async function rasterize(bytes: Uint8Array, type: string): Promise<RasterImage> {
  const source = await dataUrl(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const img = new Image();
  img.src = source;
  await img.decode();
  const head = type === "image/svg+xml" ? new TextDecoder().decode(bytes.subarray(0, 16384)) : "";
  const natural = { width: img.naturalWidth || 300, height: img.naturalHeight || 150 };
  const size = svgIntrinsicSize(head) ?? natural;
  const canvas = document.createElement("canvas");
  const target = canvasSize(size, Math.max(1, Math.min(3, window.devicePixelRatio || 1)));
  canvas.width = target.width;
  canvas.height = target.height;
  canvas.getContext("2d")?.drawImage(img, 0, 0, target.width, target.height);
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error("Could not draw the image"))),
      "image/png",
    ),
  );
  return { png, size };
}
