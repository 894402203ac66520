/**
 * A header button that opens a dialog: it owns the open state and says so to assistive technology
 * (`aria-haspopup`, `aria-expanded`); the dialog it renders gets `open` and `close`.
 */
import type { JSX } from "solid-js";
import { createSignal } from "solid-js";

/** Props of {@link DialogButton}. */
export interface DialogButtonProps {
  /** The button's text (its accessible name). */
  label: string;
  /** The dialog, given whether it is open and a way to close it. */
  children: (open: () => boolean, close: () => void) => JSX.Element;
}

/** A button that opens the dialog its children render. */
export function DialogButton(props: DialogButtonProps): JSX.Element {
  const [open, setOpen] = createSignal(false);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        class="button"
        aria-haspopup="dialog"
        aria-expanded={open()}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      {props.children(open, close)}
    </>
  );
}
