/** The header's "History" button: shows or hides the history panel beside the editor. */
import type { JSX } from "solid-js";
import { HISTORY_PANEL_ID } from "./panelId";

/** Props of {@link HistoryButton}. */
export interface HistoryButtonProps {
  open: boolean;
  /** Called with the button, so focus can return to it when the panel closes. */
  onToggle: (button: HTMLButtonElement) => void;
}

/** A toggle button for the history panel. */
export function HistoryButton(props: HistoryButtonProps): JSX.Element {
  return (
    <button
      type="button"
      class="button"
      aria-expanded={props.open}
      aria-controls={props.open ? HISTORY_PANEL_ID : undefined}
      onClick={(e) => props.onToggle(e.currentTarget)}
    >
      History
    </button>
  );
}
