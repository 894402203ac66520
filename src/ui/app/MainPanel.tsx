/**
 * The active tab's panel: the request editor and the response viewer, stacked or side by side
 * with a resizable split between them (always stacked, unsplit, on narrow screens), wired to the
 * send store.
 */
import { Show } from "solid-js";
import { PanelBoundary } from "../components/common/PanelBoundary";
import { OrientationToggle } from "../components/layout/OrientationToggle";
import { Separator } from "../components/layout/Separator";
import { createPaneOrientation, createPaneSplit } from "../components/layout/layoutPrefs";
import { RequestEditor } from "../components/request/RequestEditor";
import type { HttpResponse } from "../../core/http/transport";
import type { Id, Request } from "../../core/model";
import { exampleFromResponse } from "../components/response/exampleFromResponse";
import { ResponseViewer } from "../components/response/ResponseViewer";
import { notify } from "../stores/toasts";
import { TabStrip } from "../components/tabs/TabStrip";
import { tabDomId } from "../components/tabs/TabButton";
import { useDeps, useFiles, useSend, useTabs, useVariables } from "../host/hooks";
import { sendResultTabs } from "./SendResultTabs";
import { TransportNote } from "../components/transport/TransportNote";
import { openConnections } from "../components/transport/connections";
import type { ResponseState } from "../stores/responseState";
import "../styles/app.css";

const PANEL_ID = "request-panel";
const EDITOR_ID = "editor-pane";

/** The failure, or the first warning beside a response, that the transport note may explain. */
const errorCode = (state: ResponseState) =>
  state.kind === "error"
    ? state.error.code
    : state.kind === "done"
      ? state.warnings?.[0]?.code
      : undefined;

/** Renders the tab strip and the active tab's editor and response. */
export function MainPanel() {
  const deps = useDeps();
  const tabs = useTabs();
  const send = useSend();
  const variables = useVariables();
  const files = useFiles();
  const split = createPaneSplit();
  const [orientation, setOrientation] = createPaneOrientation();
  const columns = () => orientation() === "columns";
  // The example is stored at once (the Examples tab shows it); an untitled tab keeps it in its
  // draft until the request itself is saved.
  const saveExample = async (tabId: Id, draft: Request, response: HttpResponse) => {
    const example = exampleFromResponse(response, deps.random.uuid(), draft.name);
    if (!example.ok) return void notify({ kind: "error", message: example.error.message });
    const outcome = await tabs.addExample(tabId, example.value);
    const name = example.value.name;
    if (outcome === "stored") notify({ message: `Saved example “${name}”.` });
    if (outcome === "draft")
      notify({ message: `Added example “${name}”; save the request to keep it.` });
  };
  return (
    <main class="app-main">
      <div class="main-bar">
        <TabStrip panelId={PANEL_ID} />
        <OrientationToggle
          orientation={orientation()}
          onChange={setOrientation}
          controls={tabs.active() ? PANEL_ID : undefined}
        />
      </div>
      <Show
        when={tabs.active()}
        fallback={
          <div class="empty-state">
            <p>Open a request from the sidebar, or start a new one.</p>
            <button type="button" class="button" onClick={() => tabs.openNew()}>
              New request
            </button>
          </div>
        }
      >
        {(tab) => {
          const run = () => send.store.run(tab().id);
          let panel!: HTMLDivElement;
          // The pointer's place along the split, as the request pane's share in percent.
          const measure = (e: PointerEvent) => {
            const box = panel.getBoundingClientRect();
            return columns()
              ? ((e.clientX - box.left) / box.width) * 100
              : ((e.clientY - box.top) / box.height) * 100;
          };
          return (
            <div
              ref={panel}
              id={PANEL_ID}
              class="request-panel"
              classList={{ "panes-columns": columns() }}
              style={{ "--request-share": `${split.size()}%` }}
              role="tabpanel"
              aria-labelledby={tabDomId(tab().id)}
            >
              <section id={EDITOR_ID} class="editor-pane" aria-label="Request">
                <PanelBoundary name="Request">
                  <RequestEditor
                    request={tab().draft}
                    onChange={(next) => tabs.setDraft(tab().id, next)}
                    lookup={variables.lookup()}
                    variableNames={variables.names}
                    onSend={send.sendActive}
                    onCancel={() => send.store.cancel(tab().id)}
                    sending={send.store.sending(tab().id)}
                    onSave={() => void tabs.save(tab().id)}
                    storeFile={(file) => files.put(file)}
                  />
                </PanelBoundary>
              </section>
              <Separator
                class="pane-separator"
                label="Resize request and response"
                orientation={columns() ? "vertical" : "horizontal"}
                split={split}
                valueText={`Request ${split.size()}%`}
                controls={EDITOR_ID}
                measure={measure}
              />
              <section class="response-pane">
                <PanelBoundary name="Response">
                  <TransportNote
                    via={run().via}
                    errorCode={errorCode(run().state)}
                    onConnect={() => openConnections()}
                  />
                  <ResponseViewer
                    state={run().state}
                    prerequestErrors={run().prerequestErrors}
                    seesSetCookie={run().via?.capabilities.seesSetCookie}
                    extraTabs={sendResultTabs(run)}
                    onSaveExample={(response) => void saveExample(tab().id, tab().draft, response)}
                  />
                </PanelBoundary>
              </section>
            </div>
          );
        }}
      </Show>
    </main>
  );
}
