/** The header's environment chooser: a select of environments plus "Manage environments". */
import { For, Show, createSignal, lazy } from "solid-js";
import type { EnvironmentsStore } from "../../stores/environments";
import "../../styles/env.css";

/** The manager loads when first opened. */
const ManageEnvironmentsDialog = lazy(() =>
  import("./ManageEnvironmentsDialog").then((m) => ({ default: m.ManageEnvironmentsDialog })),
);

/** Props of {@link EnvironmentPicker}. */
export interface EnvironmentPickerProps {
  store: EnvironmentsStore;
  /** Names the exported globals file; see {@link ManageEnvironmentsDialog}. */
  workspaceName?: string;
}

/** Picks the active environment and opens the "Environments" dialog. */
export function EnvironmentPicker(props: EnvironmentPickerProps) {
  const [managing, setManaging] = createSignal(false);
  // An id whose environment is gone (deleted elsewhere) shows as "No environment".
  const value = () => props.store.active()?.id ?? "";
  return (
    <div class="env-picker">
      <select
        class="env-select"
        aria-label="Environment"
        value={value()}
        onChange={(e) => void props.store.setActive(e.currentTarget.value || null)}
      >
        <option value="">No environment</option>
        <For each={props.store.list()}>
          {(env) => (
            <option value={env.id} selected={env.id === value()}>
              {env.name}
            </option>
          )}
        </For>
      </select>
      <button
        type="button"
        class="icon-button env-manage"
        aria-label="Manage environments"
        title="Manage environments"
        onClick={() => setManaging(true)}
      >
        ⚙
      </button>
      <Show when={managing()}>
        <ManageEnvironmentsDialog
          open
          onClose={() => setManaging(false)}
          store={props.store}
          workspaceName={props.workspaceName}
        />
      </Show>
    </div>
  );
}
