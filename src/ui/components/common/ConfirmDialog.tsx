/** A question with a fixed set of answers (e.g. Save / Discard / Cancel). Escape picks "cancel". */
import { For } from "solid-js";
import { Dialog } from "./Dialog";

/** One answer button. */
export interface ConfirmChoice<T extends string> {
  value: T;
  label: string;
  /** Styled as the main action and focused first. */
  primary?: boolean;
}

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps<T extends string> {
  open: boolean;
  title: string;
  message: string;
  choices: ConfirmChoice<T>[];
  /** The value chosen by Escape or the backdrop. */
  cancelValue: T;
  onChoose: (value: T) => void;
}

/** Asks a question in an alert dialog and reports the chosen answer. */
export function ConfirmDialog<T extends string>(props: ConfirmDialogProps<T>) {
  return (
    <Dialog
      open={props.open}
      title={props.title}
      role="alertdialog"
      onClose={() => props.onChoose(props.cancelValue)}
    >
      <p class="dialog-message">{props.message}</p>
      <div class="dialog-actions">
        <For each={props.choices}>
          {(choice) => (
            <button
              type="button"
              class={choice.primary ? "button button-primary" : "button"}
              data-autofocus={choice.primary ? "" : undefined}
              onClick={() => props.onChoose(choice.value)}
            >
              {choice.label}
            </button>
          )}
        </For>
      </div>
    </Dialog>
  );
}
