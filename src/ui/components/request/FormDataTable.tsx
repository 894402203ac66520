/** The form-data body table: per-row Text/File type, and a file picker that stores the file. */
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import type { FormField } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { KeyValueTable } from "./KeyValueTable";
import { VarInput } from "./VarInput";

/** Props of {@link FormDataTable}. */
export interface FormDataTableProps {
  rows: readonly FormField[];
  onChange: (rows: FormField[]) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  storeFile?: (file: File) => Promise<string>;
  /** Called when storing a picked file fails. */
  onError?: (error: unknown) => void;
}

const blankField = (): FormField => ({ key: "", value: "", enabled: true, type: "text" });

/** Renders the "Form data" table. */
export function FormDataTable(props: FormDataTableProps): JSX.Element {
  const pick = async (file: File, patch: (p: Partial<FormField>) => void) => {
    if (!props.storeFile) return;
    try {
      const fileId = await props.storeFile(file);
      const contentType = file.type || undefined;
      patch({ fileId, fileName: file.name, contentType, type: "file" });
    } catch (error) {
      props.onError?.(error);
    }
  };
  return (
    <KeyValueTable
      label="Form data"
      rows={props.rows}
      onChange={props.onChange}
      blank={blankField}
      lookup={props.lookup}
      variableNames={props.variableNames}
      typeCell={(row, _index, patch) => (
        <select
          aria-label={`Type of ${row().key || "new field"}`}
          value={row().type}
          onChange={(e) => patch({ type: e.currentTarget.value === "file" ? "file" : "text" })}
        >
          <option value="text">Text</option>
          <option value="file">File</option>
        </select>
      )}
      valueCell={(row, _index, patch) => (
        <Show
          when={row().type === "file"}
          fallback={
            <VarInput
              label="Value"
              value={row().value}
              onInput={(value) => patch({ value })}
              lookup={props.lookup}
              variableNames={props.variableNames}
            />
          }
        >
          <input
            type="file"
            aria-label={`File for ${row().key}`}
            disabled={!props.storeFile}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void pick(file, patch);
            }}
          />
          <Show when={row().fileName}>
            <span class="file-name">{row().fileName}</span>
          </Show>
        </Show>
      )}
    />
  );
}
