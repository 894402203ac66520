/**
 * An editable key/value table: enable checkbox, key, value (VarInput), optional description,
 * delete; an always-present blank last row turns into a real row when typed in. Rows are
 * rendered by index so inputs keep focus while every edit produces new row objects.
 */
import type { JSX } from "solid-js";
import { Index, Show } from "solid-js";
import type { KeyValue } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { deleteRow, patchRow } from "./rows";
import { VarInput } from "./VarInput";
import "../../styles/request.css";

/** Props of {@link KeyValueTable}. */
export interface KeyValueTableProps<T extends KeyValue> {
  /** The table's accessible name, e.g. "Query parameters". */
  label: string;
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  /** A fresh row for the blank last row. */
  blank: () => T;
  lookup: VariableLookup;
  variableNames?: () => string[];
  /** Keys are fixed (path variables): no key editing, no blank row, no delete, no toggle. */
  fixedKeys?: boolean;
  showDescription?: boolean;
  /** A note shown under a row (e.g. a forbidden header). */
  rowNote?: (row: T) => string | undefined;
  /** Replaces the value cell (form-data file fields). */
  valueCell?: (row: () => T, index: number, patch: (p: Partial<T>) => void) => JSX.Element;
  /** Extra cell after the key (form-data type select). */
  typeCell?: (row: () => T, index: number, patch: (p: Partial<T>) => void) => JSX.Element;
}

/** Renders the table. */
export function KeyValueTable<T extends KeyValue>(props: KeyValueTableProps<T>): JSX.Element {
  const shown = (): readonly T[] => (props.fixedKeys ? props.rows : [...props.rows, props.blank()]);
  const patch = (index: number, p: Partial<T>) =>
    props.onChange(patchRow(props.rows, index, p, props.blank));
  const isBlank = (index: number) => index >= props.rows.length;
  type Cell = NonNullable<KeyValueTableProps<T>["valueCell"]>;
  const renderCell = (cell: Cell, row: () => T, index: number) => {
    const onPatch = (p: Partial<T>) => patch(index, p);
    return cell(row, index, onPatch);
  };
  return (
    <table class="kv-table" aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">Enabled</span>
          </th>
          <th scope="col">Key</th>
          <Show when={props.typeCell}>
            <th scope="col">Type</th>
          </Show>
          <th scope="col">Value</th>
          <Show when={props.showDescription}>
            <th scope="col">Description</th>
          </Show>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <Index each={shown()}>
          {(row, index) => (
            <tr
              classList={{
                "kv-row": true,
                "kv-disabled": !row().enabled,
                "kv-blank": isBlank(index),
              }}
            >
              <td class="kv-toggle">
                <Show when={!props.fixedKeys && !isBlank(index)}>
                  <input
                    type="checkbox"
                    aria-label={`Enable ${row().key || `row ${index + 1}`}`}
                    checked={row().enabled}
                    onChange={(e) =>
                      patch(index, { enabled: e.currentTarget.checked } as Partial<T>)
                    }
                  />
                </Show>
              </td>
              <td class="kv-key" data-label="Key">
                <input
                  type="text"
                  aria-label="Key"
                  placeholder={isBlank(index) ? "Add key" : undefined}
                  value={row().key}
                  readOnly={props.fixedKeys}
                  spellcheck={false}
                  onInput={(e) => patch(index, { key: e.currentTarget.value } as Partial<T>)}
                />
                <Show when={props.rowNote?.(row())}>
                  {(note) => <p class="kv-note">{note()}</p>}
                </Show>
              </td>
              <Show when={props.typeCell}>
                {(cell) => <td class="kv-type">{renderCell(cell(), row, index)}</td>}
              </Show>
              <td class="kv-value" data-label="Value">
                <Show
                  when={props.valueCell}
                  fallback={
                    <VarInput
                      label="Value"
                      value={row().value}
                      onInput={(value) => patch(index, { value } as Partial<T>)}
                      lookup={props.lookup}
                      variableNames={props.variableNames}
                    />
                  }
                >
                  {(cell) => renderCell(cell(), row, index)}
                </Show>
              </td>
              <Show when={props.showDescription}>
                <td class="kv-description" data-label="Description">
                  <input
                    type="text"
                    aria-label="Description"
                    value={row().description ?? ""}
                    onInput={(e) =>
                      patch(index, { description: e.currentTarget.value } as Partial<T>)
                    }
                  />
                </td>
              </Show>
              <td class="kv-actions">
                <Show when={!props.fixedKeys && !isBlank(index)}>
                  <button
                    type="button"
                    class="kv-delete"
                    aria-label={`Delete row ${index + 1}`}
                    onClick={() => props.onChange(deleteRow(props.rows, index))}
                  >
                    ×
                  </button>
                </Show>
              </td>
            </tr>
          )}
        </Index>
      </tbody>
    </table>
  );
}
