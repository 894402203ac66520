/** Saving a document as a file: a Blob URL clicked through a temporary a[download]. */

/** A file name from a display name: unsafe characters become "_". */
export function safeFileName(name: string, suffix: string): string {
  const base = name.trim().replace(/[\\/:*?"<>|\s]+/g, "_") || "export";
  return `${base}${suffix}`;
}

/** Offers `text` as a download named `fileName`, typed `mimeType` (e.g. "application/yaml"). */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const blob = new Blob([text], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled (the download holds its own reference).
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers `value` as a pretty-printed JSON download named `fileName`. */
export function downloadJson(fileName: string, value: unknown): void {
  downloadText(fileName, JSON.stringify(value, null, 2), "application/json");
}
