/**
 * A focusable splitter between two panes (the WAI-ARIA window splitter): `role="separator"` with
 * its value, moved by arrow keys (Shift for bigger steps), Home/End, or a pointer drag (mouse,
 * pen or touch). The size itself lives in a {@link Split}.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/windowsplitter/
 */
import type { JSX } from "solid-js";
import type { Split } from "../../primitives/createSplit";
import "../../styles/app.css";

/** Props of {@link Separator}. */
export interface SeparatorProps {
  /** Accessible name, e.g. "Resize sidebar". */
  label: string;
  /** "vertical": a vertical bar moved left and right; "horizontal": moved up and down. */
  orientation: "vertical" | "horizontal";
  split: Split;
  /** The size a pointer at this event asks for (in the split's units). */
  measure: (e: PointerEvent) => number;
  /** Spoken value, e.g. "280 pixels". */
  valueText?: string;
  /** id of the pane whose size the separator sets. */
  controls?: string;
  class?: string;
}

/** Renders the splitter. */
export function Separator(props: SeparatorProps): JSX.Element {
  return (
    <div
      role="separator"
      tabindex="0"
      class={`separator separator-${props.orientation} ${props.class ?? ""}`}
      aria-label={props.label}
      aria-orientation={props.orientation}
      aria-valuenow={props.split.size()}
      aria-valuemin={props.split.min}
      aria-valuemax={props.split.max}
      aria-valuetext={props.valueText}
      aria-controls={props.controls}
      onKeyDown={(e) => props.split.keyDown(e)}
      onPointerDown={(e) => props.split.drag(e, props.measure)}
    />
  );
}
