/** The manage dialog's right pane for one environment: its name and its variables. */
import { onMount } from "solid-js";
import type { Environment, Variable } from "../../../core/model";
import { VariablesTable } from "./VariablesTable";

/** Props of {@link EnvironmentEditor}. */
export interface EnvironmentEditorProps {
  environment: Environment;
  onRename: (name: string) => void;
  onSaveVariables: (variables: Variable[]) => Promise<void>;
  /** Receives the name input once it is on the page, so "Rename" in the list can focus it. */
  onNameMounted?: (input: HTMLInputElement) => void;
}

/** Edits an environment's name (on Enter or blur) and variables (as you type). */
export function EnvironmentEditor(props: EnvironmentEditorProps) {
  let nameInput!: HTMLInputElement;
  onMount(() => props.onNameMounted?.(nameInput));
  const commitName = (input: HTMLInputElement) => {
    const name = input.value.trim();
    if (!name) input.value = props.environment.name;
    else if (name !== props.environment.name) props.onRename(name);
  };
  return (
    <div class="env-editor">
      <label class="env-name-field">
        <span>Name</span>
        <input
          ref={nameInput}
          type="text"
          aria-label="Environment name"
          value={props.environment.name}
          onKeyDown={(e) => e.key === "Enter" && commitName(e.currentTarget)}
          onBlur={(e) => commitName(e.currentTarget)}
        />
      </label>
      <VariablesTable
        label={`Variables of ${props.environment.name}`}
        variables={props.environment.variables}
        onSave={(vars) => props.onSaveVariables(vars)}
      />
    </div>
  );
}
