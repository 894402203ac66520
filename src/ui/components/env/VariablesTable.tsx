/**
 * An editable table of variables that saves as you type (debounced), on blur, and when it is
 * removed (closing the dialog or switching environment flushes pending edits). The last row is
 * always empty: typing into it adds a variable.
 */
import { Index, createEffect, createSignal, on, untrack } from "solid-js";
import type { Variable } from "../../../core/model";
import { createDebouncedSave } from "./createDebouncedSave";
import { VariableRow } from "./VariableRow";
import "../../styles/env.css";

/** Props of {@link VariablesTable}. Key the table by scope so each scope gets a fresh draft. */
export interface VariablesTableProps {
  /** Accessible name of the table, e.g. "Variables of Production". */
  label: string;
  variables: readonly Variable[];
  onSave: (variables: Variable[]) => Promise<void>;
}

const blank = (): Variable => ({ key: "", value: "", type: "default", enabled: true });
const isBlank = (v: Variable) => v.key.trim() === "" && String(v.value) === "";
const snapshot = (vars: readonly Variable[]) => JSON.stringify(vars);

/** Renders and edits a list of variables. */
export function VariablesTable(props: VariablesTableProps) {
  // The draft starts from the stored list; later live updates are merged in by the effect below.
  const initial = untrack(() => props.variables);
  const [draft, setDraft] = createSignal<Variable[]>(structuredClone([...initial]));
  // The last list we saved or adopted: a live update equal to it is our own write coming back.
  let known = snapshot(initial);
  const saver = createDebouncedSave<Variable[]>((vars) => {
    known = snapshot(vars);
    return props.onSave(vars);
  });
  createEffect(
    on(
      () => props.variables,
      (incoming) => {
        const next = snapshot(incoming);
        if (next === known || saver.pending()) return;
        known = next;
        setDraft(structuredClone([...incoming]));
      },
      { defer: true },
    ),
  );
  const commit = (vars: Variable[]) => {
    setDraft(vars);
    saver.schedule(vars.filter((v) => !isBlank(v)));
  };
  const rows = () => [...draft(), blank()];
  const change = (index: number, patch: Partial<Variable>) => {
    const vars = [...draft()];
    vars[index] = { ...(vars[index] ?? blank()), ...patch };
    commit(vars);
  };
  return (
    <table class="var-table" aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col" class="var-cell-check">
            <span class="visually-hidden">Enabled</span>
          </th>
          <th scope="col">Variable</th>
          <th scope="col">Value</th>
          <th scope="col" class="var-cell-check">
            Secret
          </th>
          <th scope="col" class="var-cell-check">
            <span class="visually-hidden">Delete</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <Index each={rows()}>
          {(variable, index) => (
            <VariableRow
              variable={variable()}
              isNew={index === draft().length}
              onChange={(patch) => change(index, patch)}
              onDelete={() => commit(draft().filter((_, i) => i !== index))}
              onBlur={() => void saver.flush()}
            />
          )}
        </Index>
      </tbody>
    </table>
  );
}
