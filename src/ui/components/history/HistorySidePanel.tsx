/**
 * The history panel beside the editor (a complementary landmark named "History"): the history
 * list and a close button. Its store, and the live query behind it, exist only while the panel
 * is open, so sends do not reload the list while nobody is looking. Reopening an entry opens its
 * request in a new tab with the response it got.
 */
import type { JSX } from "solid-js";
import { onMount } from "solid-js";
import { useHistory } from "../../host/hooks";
import { PanelBoundary } from "../common/PanelBoundary";
import { HistoryPanel } from "./HistoryPanel";
import { useReopenHistory } from "./useReopenHistory";
import "../../styles/history.css";
import { HISTORY_PANEL_ID } from "./panelId";

/** The panel's element id (the History button's `aria-controls`). */
export { HISTORY_PANEL_ID };

/** Props of {@link HistorySidePanel}. */
export interface HistorySidePanelProps {
  onClose: () => void;
  /** The current time (epoch ms); defaults to `Date.now`. */
  now?: () => number;
}

function HistoryContent(props: { now: () => number }) {
  const history = useHistory();
  const reopen = useReopenHistory();
  // Created once here: inside the JSX it would be a getter making a new store per read.
  const store = history.open();
  return (
    <HistoryPanel
      store={store}
      exportHar={history.exportHar}
      now={() => props.now()}
      onOpen={(entry) => void reopen(entry)}
    />
  );
}

/** Renders the panel; mount it only while it is open. */
export function HistorySidePanel(props: HistorySidePanelProps): JSX.Element {
  let panel!: HTMLElement;
  onMount(() => panel.querySelector<HTMLElement>('input[type="search"]')?.focus());
  return (
    <aside ref={panel} id={HISTORY_PANEL_ID} class="app-history" aria-label="History">
      <div class="history-side-head">
        <h2 class="history-side-title">History</h2>
        <button
          type="button"
          class="icon-button"
          aria-label="Close history"
          title="Close history"
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </div>
      <PanelBoundary name="History">
        <HistoryContent now={() => (props.now ?? Date.now)()} />
      </PanelBoundary>
    </aside>
  );
}
