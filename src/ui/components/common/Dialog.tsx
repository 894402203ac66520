/**
 * A modal dialog: labelled by its title, focus moves in on open and back on close, Tab stays
 * inside, Escape and the backdrop close it.
 */
import type { JSX } from "solid-js";
import { Show, createUniqueId, onCleanup, onMount } from "solid-js";
import { Portal } from "solid-js/web";
import "../../styles/common.css";

/** Props of {@link Dialog}. */
export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: JSX.Element;
  /** Use "alertdialog" for prompts that need an answer. */
  role?: "dialog" | "alertdialog";
  /**
   * A large dialog this many pixels wide (at most): a fixed height whose content fills it,
   * full screen on phones. Without it the dialog is small and sized by its content.
   */
  largeWidth?: number;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function DialogPanel(props: DialogProps) {
  let panel!: HTMLDivElement;
  const titleId = createUniqueId();
  const returnTo = document.activeElement as HTMLElement | null;
  onMount(() => {
    const first =
      panel.querySelector<HTMLElement>("[data-autofocus]") ??
      panel.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? panel).focus();
  });
  onCleanup(() => returnTo?.focus?.());
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      props.onClose();
    } else if (e.key === "Tab") {
      const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
      <div
        ref={panel}
        class="dialog"
        classList={{ "dialog-large": props.largeWidth !== undefined }}
        style={props.largeWidth ? { "--dialog-width": `${props.largeWidth}px` } : undefined}
        role={props.role ?? "dialog"}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} class="dialog-title">
          {props.title}
        </h2>
        {props.children}
      </div>
    </div>
  );
}

/** Renders its children in a modal dialog while `open` is true. */
export function Dialog(props: DialogProps) {
  return (
    <Show when={props.open}>
      <Portal>
        <DialogPanel {...props} />
      </Portal>
    </Show>
  );
}
