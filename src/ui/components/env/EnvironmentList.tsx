/** The manage dialog's left pane: "New environment", the "Globals" entry and each environment. */
import { For } from "solid-js";
import type { Environment, Id } from "../../../core/model";
import { Menu } from "../common/Menu";

/** Props of {@link EnvironmentList}. `selectedId` null means the globals are selected. */
export interface EnvironmentListProps {
  environments: readonly Environment[];
  selectedId: Id | null;
  onSelect: (id: Id | null) => void;
  onCreate: () => void;
  onRename: (id: Id) => void;
  onDuplicate: (id: Id) => void;
  onDelete: (id: Id) => void;
  /** Exports an environment; adds "Export" to its menu when given. */
  onExport?: (id: Id) => void;
}

/** Lists the scopes the dialog can edit. */
export function EnvironmentList(props: EnvironmentListProps) {
  return (
    <nav class="env-list" aria-label="Environment list">
      <button type="button" class="button" onClick={() => props.onCreate()}>
        New environment
      </button>
      <ul>
        <li class="env-list-item">
          <button
            type="button"
            class="env-list-name"
            aria-current={props.selectedId === null ? "true" : undefined}
            onClick={() => props.onSelect(null)}
          >
            Globals
          </button>
        </li>
        <For each={props.environments}>
          {(env) => (
            <li class="env-list-item">
              <button
                type="button"
                class="env-list-name"
                aria-current={props.selectedId === env.id ? "true" : undefined}
                onClick={() => props.onSelect(env.id)}
              >
                {env.name}
              </button>
              <Menu
                label={`Actions for ${env.name}`}
                items={[
                  { label: "Rename", run: () => props.onRename(env.id) },
                  { label: "Duplicate", run: () => props.onDuplicate(env.id) },
                  { label: "Delete", run: () => props.onDelete(env.id) },
                  ...(props.onExport
                    ? [{ label: "Export", run: () => props.onExport?.(env.id) }]
                    : []),
                ]}
              />
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
