/** File names for exports (the download itself is primitives/download.ts). */

/** A file name from a display name: unsafe characters become "_". */
export function safeFileName(name: string, suffix: string): string {
  const base = name.trim().replace(/[\\/:*?"<>|\s]+/g, "_") || "export";
  return `${base}${suffix}`;
}
