/**
 * The header's "Cookies" button. The cookie manager (and its live query) loads when first opened
 * and exists only while its dialog is open, so the shell does not carry it.
 */
import { Show, lazy } from "solid-js";
import { DialogButton } from "../common/DialogButton";

const CookieManagerDialog = lazy(() =>
  import("./CookieManagerDialog").then((m) => ({ default: m.CookieManagerDialog })),
);

/** A "Cookies" button that opens the cookie manager. */
export function CookiesButton() {
  return (
    <DialogButton label="Cookies">
      {(open, close) => (
        <Show when={open()}>
          <CookieManagerDialog open onClose={close} />
        </Show>
      )}
    </DialogButton>
  );
}
