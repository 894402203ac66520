/**
 * Switches the request/response split between stacked and side by side. The button is named by
 * what it does next ("Side by side layout" while stacked, "Stacked layout" while side by side).
 */
import type { JSX } from "solid-js";
import type { PaneOrientation } from "./layoutPrefs";
import "../../styles/app.css";

/** Props of {@link OrientationToggle}. */
export interface OrientationToggleProps {
  orientation: PaneOrientation;
  onChange: (next: PaneOrientation) => void;
  /** id of the panel whose layout changes. */
  controls?: string;
}

/** Renders the toggle. */
export function OrientationToggle(props: OrientationToggleProps): JSX.Element {
  const columns = () => props.orientation === "columns";
  const label = () => (columns() ? "Stacked layout" : "Side by side layout");
  return (
    <button
      type="button"
      class="icon-button layout-toggle"
      aria-label={label()}
      title={label()}
      aria-controls={props.controls}
      onClick={() => props.onChange(columns() ? "rows" : "columns")}
    >
      <span
        aria-hidden="true"
        class="layout-toggle-icon"
        classList={{ "is-columns": !columns() }}
      />
    </button>
  );
}
