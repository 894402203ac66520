/** One line of the body view: gutter number, fold toggle, and coloured text built from spans. */
import { For, Show } from "solid-js";
import type { LineView } from "../../../workers/format/types";
import type { Mark } from "./segments";
import { segments } from "./segments";

/** Props of {@link LineRow}. */
export interface LineRowProps {
  line: number;
  view: LineView | undefined;
  marks: readonly Mark[];
  collapsed: boolean;
  onToggleFold: (start: number, end: number) => void;
}

/** What a folded line ends with: the JSON bracket, or an XML element's end tag. */
export function foldCloser(text: string): string {
  const tag = /^\s*<([^\s/>]+)/.exec(text);
  if (tag) return `</${tag[1]}>`;
  return text.trimEnd().endsWith("[") ? "]" : "}";
}

/** Renders a line; text goes in as text nodes, never as HTML. */
export function LineRow(props: LineRowProps) {
  const pieces = () =>
    props.view === undefined ? [] : segments(props.view.text, props.view.tokens, props.marks);
  return (
    <div class="vl-row" classList={{ "vl-row-loading": props.view === undefined }}>
      <span class="vl-num" aria-hidden="true">
        {props.view?.wrapped ? "↪" : props.line + 1}
      </span>
      <span class="vl-fold">
        <Show when={props.view?.foldEnd}>
          {(end) => (
            <button
              type="button"
              class="vl-fold-button"
              aria-label={`${props.collapsed ? "Unfold" : "Fold"} line ${props.line + 1}`}
              aria-expanded={!props.collapsed}
              onClick={() => props.onToggleFold(props.line, end())}
            >
              {props.collapsed ? "▸" : "▾"}
            </button>
          )}
        </Show>
      </span>
      <span class="vl-text">
        <For each={pieces()}>
          {(piece) => (piece.cls === "" ? piece.text : <span class={piece.cls}>{piece.text}</span>)}
        </For>
        <Show when={props.collapsed}>
          <span class="vl-folded"> … </span>
          {foldCloser(props.view?.text ?? "")}
        </Show>
      </span>
    </div>
  );
}
