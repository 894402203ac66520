/**
 * The active tab's panel: the request editor above the response viewer (stacked on narrow
 * screens). Both are mount points the lead wires; until then a summary and a placeholder show.
 */
import { Show } from "solid-js";
import { TabStrip } from "../components/tabs/TabStrip";
import { tabDomId } from "../components/tabs/TabButton";
import { useApp } from "./AppContext";
import { RequestSummary } from "./RequestSummary";
import "../styles/app.css";

const PANEL_ID = "request-panel";

/** Renders the tab strip and the active tab's editor and response. */
export function MainPanel() {
  const app = useApp();
  return (
    <main class="app-main">
      <TabStrip panelId={PANEL_ID} />
      <Show
        when={app.tabs.active()}
        fallback={
          <div class="empty-state">
            <p>Open a request from the sidebar, or start a new one.</p>
            <button type="button" class="button" onClick={() => app.tabs.openNew()}>
              New request
            </button>
          </div>
        }
      >
        {(tab) => (
          <div
            id={PANEL_ID}
            class="request-panel"
            role="tabpanel"
            aria-labelledby={tabDomId(tab().id)}
          >
            <section class="editor-pane" aria-label="Request">
              {/* MOUNT: <RequestEditor request={tab().draft} onChange={(next) => app.tabs.setDraft(tab().id, next)} lookup={lookup} onSend={send} onCancel={cancel} sending={sending()} onSave={() => void app.tabs.save(tab().id)} /> */}
              <RequestSummary request={tab().draft} />
            </section>
            <section class="response-pane">
              {/* MOUNT: <ResponseViewer state={responseState()} /> */}
              <p class="mount-placeholder" data-mount="ResponseViewer">
                Send the request to see the response here.
              </p>
            </section>
          </div>
        )}
      </Show>
    </main>
  );
}
