/**
 * The history list: a search box, "Clear history" (confirmed), "Export HAR" (every matching
 * entry), and every matching entry, newest first, in a virtualized list (HistoryList).
 */
import { Show, createMemo, createSignal } from "solid-js";
import type { HistoryEntry } from "../../../core/model";
import type { HistoryService } from "../../host/createHost";
import type { HistoryStore } from "../../stores/history";
import { ConfirmDialog } from "../common/ConfirmDialog";
import { HistoryExport } from "./HistoryExport";
import { HistoryList } from "./HistoryList";
import "../../styles/history.css";

/** Props of {@link HistoryPanel}. */
export interface HistoryPanelProps {
  store: HistoryStore;
  /** Builds "Export HAR" (with the entries' response bodies). */
  exportHar: HistoryService["exportHar"];
  onOpen: (entry: HistoryEntry) => void;
  /** The current time (epoch ms), for "5 min ago". */
  now: () => number;
}

/** Searches, lists and clears the request history. */
export function HistoryPanel(props: HistoryPanelProps) {
  const [confirming, setConfirming] = createSignal(false);
  const now = createMemo(() => {
    props.store.entries();
    return props.now();
  });
  return (
    <div class="history-panel">
      <div class="history-tools">
        <input
          type="search"
          class="history-search"
          aria-label="Search history"
          placeholder="Search history"
          value={props.store.query()}
          onInput={(e) => props.store.setQuery(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button"
          disabled={props.store.entries().length === 0}
          onClick={() => setConfirming(true)}
        >
          Clear history
        </button>
        <HistoryExport exportHar={props.exportHar} entries={props.store.filtered()} />
        <label class="history-keep">
          <input
            type="checkbox"
            checked={props.store.keepCredentials()}
            onChange={(e) => void props.store.setKeepCredentials(e.currentTarget.checked)}
          />
          Keep credentials in history
        </label>
      </div>
      <Show
        when={props.store.filtered().length}
        fallback={
          <p class="history-empty">
            {props.store.entries().length ? "No requests match." : "No requests sent yet."}
          </p>
        }
      >
        <HistoryList
          entries={props.store.filtered()}
          now={now()}
          onOpen={(entry) => props.onOpen(entry)}
        />
      </Show>
      <ConfirmDialog
        open={confirming()}
        title="Clear history?"
        message="Every entry in the history will be deleted. This can't be undone."
        choices={[
          { value: "cancel", label: "Cancel" },
          { value: "clear", label: "Clear", primary: true },
        ]}
        cancelValue="cancel"
        onChoose={(choice) => {
          setConfirming(false);
          if (choice === "clear") void props.store.clear();
        }}
      />
    </div>
  );
}
