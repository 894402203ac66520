/**
 * The "Environments" dialog: environments and globals on the left, the selected one's variables
 * on the right. Edits save as you type; closing the dialog flushes anything pending.
 */
import { Match, Show, Switch, createMemo, createSignal, untrack } from "solid-js";
import type { Id } from "../../../core/model";
import type { EnvironmentsStore } from "../../stores/environments";
import { Dialog } from "../common/Dialog";
import { ExportDialog } from "../export/ExportDialog";
import type { ExportBuilder } from "../export/exportDocuments";
import { environmentExport, globalsExport } from "../export/exportDocuments";
import { EnvironmentEditor } from "./EnvironmentEditor";
import { EnvironmentList } from "./EnvironmentList";
import { VariablesTable } from "./VariablesTable";
import "../../styles/env.css";

/** Props of {@link ManageEnvironmentsDialog}. */
export interface ManageEnvironmentsDialogProps {
  open: boolean;
  onClose: () => void;
  store: EnvironmentsStore;
  /** Names the globals file (`<workspace>.postman_globals.json`); defaults to "workspace". */
  workspaceName?: string;
}

function ManagePanes(props: { store: EnvironmentsStore; workspaceName?: string }) {
  const store = () => props.store;
  const [exportId, setExportId] = createSignal<Id | null>(null);
  const exportBuild = createMemo((): ExportBuilder | null => {
    const env = store()
      .list()
      .find((e) => e.id === exportId());
    return env ? async ({ includeSecrets }) => environmentExport(env, includeSecrets) : null;
  });
  const [exportingGlobals, setExportingGlobals] = createSignal(false);
  const globalsBuild = createMemo((): ExportBuilder | null => {
    const globals = store().globals();
    if (!exportingGlobals() || !globals) return null;
    const name = props.workspaceName ?? "workspace";
    return async ({ includeSecrets }) => globalsExport(globals, name, includeSecrets);
  });
  // Start on the active environment, else the first one, else the globals.
  const initial = untrack(() => store().activeId() ?? store().list()[0]?.id ?? null);
  const [selectedId, setSelectedId] = createSignal<Id | null>(initial);
  const selected = createMemo(() =>
    store()
      .list()
      .find((e) => e.id === selectedId()),
  );
  // The shown name input, and the environment whose name should get focus once it shows.
  let nameInput: { id: Id; input: HTMLInputElement } | undefined;
  let focusPending: Id | null = null;
  const focusInput = (input: HTMLInputElement) => {
    input.focus();
    input.select();
  };
  const focusName = (id: Id) => {
    setSelectedId(id);
    if (nameInput?.id === id && nameInput.input.isConnected) focusInput(nameInput.input);
    else focusPending = id;
  };
  const onNameMounted = (id: Id, input: HTMLInputElement) => {
    nameInput = { id, input };
    if (focusPending !== id) return;
    focusPending = null;
    focusInput(input);
  };
  const create = async () => {
    const id = await store().create();
    if (id !== undefined) focusName(id);
  };
  const remove = async (id: Id) => {
    if (selectedId() === id) setSelectedId(null);
    await store().remove(id);
  };
  return (
    <div class="env-manager">
      <EnvironmentList
        environments={store().list()}
        selectedId={selectedId()}
        onSelect={setSelectedId}
        onCreate={() => void create()}
        onRename={focusName}
        onDuplicate={(id) =>
          void store()
            .duplicate(id)
            .then((copy) => copy && setSelectedId(copy))
        }
        onDelete={(id) => void remove(id)}
        onExport={setExportId}
      />
      <ExportDialog kind="environment" build={exportBuild()} onClose={() => setExportId(null)} />
      <ExportDialog
        kind="globals"
        description="Saves a Postman globals file that Postman and Newman open."
        build={globalsBuild()}
        onClose={() => setExportingGlobals(false)}
      />
      <section class="env-pane" aria-label="Variables">
        <Switch>
          <Match when={selectedId() === null}>
            <h3 class="env-pane-title">Globals</h3>
            <p>
              <button
                type="button"
                class="button"
                disabled={!store().globals()}
                onClick={() => setExportingGlobals(true)}
              >
                Export globals
              </button>
            </p>
            <Show when={store().globals()} fallback={<p class="env-empty">Loading…</p>}>
              {(globals) => (
                <VariablesTable
                  label="Variables of Globals"
                  variables={globals().variables}
                  onSave={(vars) => store().putGlobals(vars)}
                />
              )}
            </Show>
          </Match>
          <Match when={selectedId()}>
            {(id) => (
              <Show when={selected()} fallback={<p class="env-empty">Loading…</p>}>
                {(env) => (
                  <Show when={id()} keyed>
                    {(key) => (
                      <EnvironmentEditor
                        environment={env()}
                        onNameMounted={(el) => onNameMounted(key, el)}
                        onRename={(name) => void store().rename(key, name)}
                        onSaveVariables={(vars) => store().putVariables(key, vars)}
                      />
                    )}
                  </Show>
                )}
              </Show>
            )}
          </Match>
        </Switch>
      </section>
    </div>
  );
}

/** Manages environments and globals in a modal dialog (full screen on phones). */
export function ManageEnvironmentsDialog(props: ManageEnvironmentsDialogProps) {
  return (
    <Dialog open={props.open} title="Environments" onClose={() => props.onClose()} largeWidth={960}>
      <ManagePanes store={props.store} workspaceName={props.workspaceName} />
      <div class="dialog-actions">
        <button type="button" class="button button-primary" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
