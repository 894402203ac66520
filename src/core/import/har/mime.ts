/** Media types → our raw body languages and body modes (shared by HAR, Insomnia, Hoppscotch). */
import type { RawLanguage } from "../../model";

/** The essence of a media type: lower case, without parameters. */
export const essence = (mime: string): string => (mime.split(";")[0] ?? "").trim().toLowerCase();

/** The raw-body language for a media type (text when unknown). */
export function languageOf(mime: string): RawLanguage {
  const m = essence(mime);
  if (m.endsWith("json") || m.endsWith("+json")) return "json";
  if (m.endsWith("xml")) return "xml";
  if (m === "text/html") return "html";
  if (m.endsWith("javascript")) return "javascript";
  return "text";
}

/** True for application/x-www-form-urlencoded. */
export const isUrlencoded = (mime: string): boolean =>
  essence(mime) === "application/x-www-form-urlencoded";

/** True for multipart/form-data (and other multipart types). */
export const isMultipart = (mime: string): boolean => essence(mime).startsWith("multipart/");

/** Decode one form component (`+` is a space); malformed escapes stay as typed. */
export function formDecode(s: string): string {
  const spaced = s.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** `a=1&b=2` → rows (decoded). */
export function parseForm(text: string): { key: string; value: string; enabled: boolean }[] {
  return text
    .split("&")
    .filter((s) => s !== "")
    .map((s) => {
      const eq = s.indexOf("=");
      const key = eq < 0 ? s : s.slice(0, eq);
      const value = eq < 0 ? "" : s.slice(eq + 1);
      return { key: formDecode(key), value: formDecode(value), enabled: true };
    });
}
