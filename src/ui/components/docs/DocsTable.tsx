/** A read-only key / value / description table in the documentation (enabled rows only). */
import type { JSX } from "solid-js";
import { For, Show, createMemo } from "solid-js";
import type { KeyValue } from "../../../core/model";

/** Props of {@link DocsTable}. */
export interface DocsTableProps {
  /** The table's caption and accessible name, e.g. "Headers". */
  title: string;
  rows: readonly KeyValue[];
  /** How a row's value shows (default: the value). */
  value?: (row: KeyValue) => string;
}

/** Renders the table, or nothing when no row is enabled. */
export function DocsTable(props: DocsTableProps): JSX.Element {
  const rows = createMemo(() => props.rows.filter((r) => r.enabled && r.key !== ""));
  const hasDescriptions = () => rows().some((r) => r.description);
  return (
    <Show when={rows().length > 0}>
      <table class="docs-table">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <Show when={hasDescriptions()}>
              <th scope="col">Description</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(row) => (
              <tr>
                <td>
                  <code>{row.key}</code>
                </td>
                <td>
                  <code>{props.value ? props.value(row) : row.value}</code>
                </td>
                <Show when={hasDescriptions()}>
                  <td>{row.description ?? ""}</td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
