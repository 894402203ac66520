/** A preview of an iteration data file: its row count and a table of the first rows. */
import { For, Show, createMemo } from "solid-js";

/** Props of {@link DataPreview}. */
export interface DataPreviewProps {
  rows: readonly Record<string, unknown>[];
  /** How many rows the table shows (default 5). */
  limit?: number;
}

const cell = (value: unknown) =>
  value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);

/** The row count and a table of the first rows, one column per key seen in them. */
export function DataPreview(props: DataPreviewProps) {
  const shown = createMemo(() => props.rows.slice(0, props.limit ?? 5));
  const columns = createMemo(() => [...new Set(shown().flatMap((row) => Object.keys(row)))]);
  return (
    <div class="runner-data">
      <p class="runner-data-count">
        {props.rows.length} {props.rows.length === 1 ? "row" : "rows"}
      </p>
      <Show when={shown().length > 0}>
        <table class="runner-table" aria-label="Data preview">
          <thead>
            <tr>
              <For each={columns()}>{(name) => <th scope="col">{name}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(row) => (
                <tr>
                  <For each={columns()}>{(name) => <td>{cell(row[name])}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
