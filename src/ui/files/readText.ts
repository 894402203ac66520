/** Reading the text of a chosen, dropped or downloaded file (a Blob). */

/** The text of `blob`: `Blob.text()` where there is one, else FileReader (as in jsdom). */
export function readText(blob: Blob): Promise<string> {
  if (typeof blob.text === "function") return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsText(blob);
  });
}
