/**
 * The history entries, newest first, virtualized: every loaded entry is reachable by scrolling
 * (up to the store's load limit), but only the rows in view (plus a few) are in the DOM, each
 * measured as it renders (a row is one line in the dialog, two in the side panel).
 */
import { createVirtualizer } from "@tanstack/solid-virtual";
import { For, Show } from "solid-js";
import type { HistoryEntry } from "../../../core/model";
import { observeRect } from "../../primitives/observeRect";
import { HistoryRow } from "./HistoryRow";

const ROW_ESTIMATE = 36;

/** Props of {@link HistoryList}. */
export interface HistoryListProps {
  entries: readonly HistoryEntry[];
  now: number;
  onOpen: (entry: HistoryEntry) => void;
}

/** Renders the entries in a scrolling list named "History entries". */
export function HistoryList(props: HistoryListProps) {
  let scroller!: HTMLDivElement;
  const virtualizer = createVirtualizer({
    get count() {
      return props.entries.length;
    },
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    observeElementRect: observeRect,
    getItemKey: (i) => props.entries[i]?.id ?? i,
    // A row not laid out yet (a hidden panel, jsdom) measures 0: keep the estimate.
    measureElement: (el) => el.getBoundingClientRect().height || ROW_ESTIMATE,
  });
  const measure = (el: HTMLLIElement, index: number) => {
    el.dataset.index = String(index);
    queueMicrotask(() => el.isConnected && virtualizer.measureElement(el));
  };
  return (
    <div ref={scroller} class="history-scroller">
      <ul
        class="history-list"
        aria-label="History entries"
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        <For each={virtualizer.getVirtualItems()}>
          {(item) => (
            <Show when={props.entries[item.index]}>
              {(entry) => (
                <HistoryRow
                  entry={entry()}
                  now={props.now}
                  onOpen={(e) => props.onOpen(e)}
                  place={{
                    ref: (el) => measure(el, item.index),
                    index: item.index,
                    count: props.entries.length,
                    top: item.start,
                  }}
                />
              )}
            </Show>
          )}
        </For>
      </ul>
    </div>
  );
}
