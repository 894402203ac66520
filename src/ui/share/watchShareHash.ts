/**
 * The app shell's only part of shared links: when the URL's fragment is `#import=…` (at start or
 * later, on hashchange), load the decoder on demand and open the Import dialog with what it
 * holds. Kept tiny: the decoder and its compression code stay out of the shell's first load.
 */

const PREFIX = "#import=";

/** Watches `location.hash` for shared links; returns a disposer. */
export function watchShareHash(): () => void {
  const check = () => {
    if (!location.hash.startsWith(PREFIX)) return;
    void import("./openSharedLink").then((m) => m.openSharedLink(location.hash));
  };
  check();
  window.addEventListener("hashchange", check);
  return () => window.removeEventListener("hashchange", check);
}
