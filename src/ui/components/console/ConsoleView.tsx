/**
 * A run's console, virtualized: only the rows in view (plus overscan) are in the DOM, each cut at
 * {@link ENTRY_PREVIEW_CHARS} characters with "Show all" for the rest. When the run logged more
 * than the page keeps, a note says how many are shown. Rows measure themselves, so a wrapped or
 * expanded entry takes the height it needs.
 */
import { createVirtualizer } from "@tanstack/solid-virtual";
import { observeRect } from "../../primitives/observeRect";
import { For, Show, createMemo, createSignal } from "solid-js";
import type { ConsoleEntry } from "../../../core/sandbox/types";
import { ENTRY_PREVIEW_CHARS, consoleText } from "./consoleText";
import "../../styles/console.css";

const ROW_HEIGHT = 20;
const count = (n: number) => n.toLocaleString("en-US");

/** Props of {@link ConsoleView}. */
export interface ConsoleViewProps {
  /** The entries kept, oldest first. */
  entries: readonly ConsoleEntry[];
  /** How many entries the run logged (more than `entries.length` when old ones were dropped). */
  total?: number;
}

/** One entry: level, its text cut to the preview length, and "Show all" when it was cut. */
function ConsoleRow(props: { entry: ConsoleEntry; expanded: boolean; onExpand: () => void }) {
  const shown = createMemo(() =>
    consoleText(props.entry, props.expanded ? Infinity : ENTRY_PREVIEW_CHARS),
  );
  return (
    <>
      <span class="console-level">{props.entry.level}</span> {shown().text}
      <Show when={shown().cut}>
        {"… "}
        <button type="button" class="console-show-all" onClick={() => props.onExpand()}>
          Show all ({count(shown().length)} characters)
        </button>
      </Show>
    </>
  );
}

/** Renders the console list (named "Console output") in a scrollable box. */
export function ConsoleView(props: ConsoleViewProps) {
  let scroller!: HTMLDivElement;
  const [expanded, setExpanded] = createSignal<ReadonlySet<ConsoleEntry>>(new Set());
  const total = () => Math.max(props.total ?? 0, props.entries.length);
  const virtualizer = createVirtualizer({
    get count() {
      return props.entries.length;
    },
    getScrollElement: () => scroller,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    observeElementRect: observeRect,
    // A row not laid out (a hidden panel, jsdom) measures 0: keep the estimate, or every row
    // would fit in the view and be rendered.
    measureElement: (el) => el.getBoundingClientRect().height || ROW_HEIGHT,
  });
  const measure = (el: HTMLLIElement, index: number) => {
    el.dataset.index = String(index);
    queueMicrotask(() => el.isConnected && virtualizer.measureElement(el));
  };
  return (
    <div class="console-view">
      <Show when={total() > props.entries.length}>
        <p class="console-cap" role="note">
          Showing the last {count(props.entries.length)} of {count(total())} entries.
        </p>
      </Show>
      <div ref={scroller} class="console-scroller">
        <ol
          class="run-console"
          aria-label="Console output"
          style={{ height: `${virtualizer.getTotalSize()}px` }}
        >
          <For each={virtualizer.getVirtualItems()}>
            {(item) => (
              <Show when={props.entries[item.index]}>
                {(entry) => (
                  <li
                    ref={(el) => measure(el, item.index)}
                    class={`console-row console-${entry().level}`}
                    aria-posinset={item.index + 1}
                    aria-setsize={props.entries.length}
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    <ConsoleRow
                      entry={entry()}
                      expanded={expanded().has(entry())}
                      onExpand={() => setExpanded((s) => new Set(s).add(entry()))}
                    />
                  </li>
                )}
              </Show>
            )}
          </For>
        </ol>
      </div>
    </div>
  );
}
