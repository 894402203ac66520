/**
 * The one way Satchel offers a file: a blob: URL clicked through a temporary `a[download]`. A
 * blob: URL is same-origin, so it is always typed `application/octet-stream`: whatever opens it
 * (a blocked download, a pasted URL, a report reopened from the downloads list) gets a download,
 * never a rendered HTML or SVG page running as the app. The file name carries the real type.
 */

/** Starts a download of `data` named `fileName`. */
export function downloadData(data: Blob | string, fileName: string): void {
  const href = URL.createObjectURL(new Blob([data], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the click has been handled (the download holds its own reference).
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
