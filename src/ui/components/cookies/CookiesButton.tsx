/**
 * The header's "Cookies" button. The cookie manager (and its live query) loads when first opened
 * and exists only while its dialog is open, so the shell does not carry it.
 */
import { Show, createSignal, lazy } from "solid-js";

const CookieManagerDialog = lazy(() =>
  import("./CookieManagerDialog").then((m) => ({ default: m.CookieManagerDialog })),
);

/** A "Cookies" button that opens the cookie manager. */
export function CookiesButton() {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button
        type="button"
        class="button"
        aria-haspopup="dialog"
        aria-expanded={open()}
        onClick={() => setOpen(true)}
      >
        Cookies
      </button>
      <Show when={open()}>
        <CookieManagerDialog open onClose={() => setOpen(false)} />
      </Show>
    </>
  );
}
