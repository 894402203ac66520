/**
 * Opens a shared link (`#import=<fragment>`, see core/share/fragment.ts) in the app: the fragment
 * leaves the URL at once (so a reload or a copied address does not carry it on), the collection
 * it holds goes to the Import dialog as a file — the same funnel and preview as a dropped file,
 * where nothing is stored until the user presses "Import" — and a broken link is reported naming
 * what is wrong with it.
 */
import { asCollection } from "../../core/share/asCollection";
import { decodeShareFragment, shareFragmentFromHash } from "../../core/share/fragment";
import { openImport } from "../stores/importLauncher";
import type { ToastInput } from "../stores/toasts";
import { notify } from "../stores/toasts";

/** The file name the Import dialog shows for a shared link's collection. */
export const SHARED_FILE_NAME = "shared-link.json";

/** What {@link openSharedLink} acts through (tests replace them). */
export interface SharedLinkEffects {
  open: (files: readonly File[]) => void;
  notify: (toast: ToastInput) => void;
  /** Removes the fragment from the address bar without a navigation. */
  clearHash: () => void;
}

const browserEffects: SharedLinkEffects = {
  open: openImport,
  notify: (toast) => void notify(toast),
  clearHash: () => history.replaceState(history.state, "", location.pathname + location.search),
};

/** Decodes `hash` and opens the Import dialog with its collection, or says why it cannot. */
export async function openSharedLink(
  hash: string,
  effects: SharedLinkEffects = browserEffects,
): Promise<void> {
  const fragment = shareFragmentFromHash(hash);
  if (fragment === undefined) return;
  effects.clearHash();
  const decoded = await decodeShareFragment(fragment);
  if (!decoded.ok) {
    const { message, hint } = decoded.error;
    effects.notify({ kind: "error", message: hint ? `${message} ${hint}` : message });
    return;
  }
  const json = JSON.stringify(asCollection(decoded.value));
  effects.open([new File([json], SHARED_FILE_NAME, { type: "application/json" })]);
}
