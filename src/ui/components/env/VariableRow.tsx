/** One row of the variables table; the trailing empty row (`isNew`) only has name and value. */
import { Show, createSignal } from "solid-js";
import type { Variable } from "../../../core/model";
import { isSecretVariable } from "../../../core/secrets/parts";

/** Props of {@link VariableRow}. */
export interface VariableRowProps {
  variable: Variable;
  isNew: boolean;
  onChange: (patch: Partial<Variable>) => void;
  onDelete: () => void;
  /** Called when a field loses focus (saves pending edits). */
  onBlur: () => void;
}

/** Renders a variable's enabled box, name, value (masked when secret), secret box and delete. */
export function VariableRow(props: VariableRowProps) {
  const [shown, setShown] = createSignal(false);
  const name = () => props.variable.key || "variable";
  // Typed secret (the box below) or named like one (`token`, `apiKey`): the secrets policy's rule.
  const masked = () => isSecretVariable(props.variable);
  const secret = () => props.variable.type === "secret";
  return (
    <tr class="var-row" classList={{ "var-row-new": props.isNew }}>
      <td class="var-cell-check">
        <Show when={!props.isNew}>
          <input
            type="checkbox"
            aria-label={`Enable ${name()}`}
            checked={props.variable.enabled}
            onChange={(e) => props.onChange({ enabled: e.currentTarget.checked })}
          />
        </Show>
      </td>
      <td>
        <input
          type="text"
          class="env-var-input"
          aria-label="Variable"
          placeholder={props.isNew ? "Add variable" : ""}
          spellcheck={false}
          autocomplete="off"
          value={props.variable.key}
          onInput={(e) => props.onChange({ key: e.currentTarget.value })}
          onBlur={() => props.onBlur()}
        />
      </td>
      <td>
        <div class="var-value">
          <input
            type={masked() && !shown() ? "password" : "text"}
            class="env-var-input"
            aria-label="Value"
            spellcheck={false}
            autocomplete="off"
            value={String(props.variable.value)}
            onInput={(e) => props.onChange({ value: e.currentTarget.value })}
            onBlur={() => props.onBlur()}
          />
          <Show when={masked()}>
            <button
              type="button"
              class="icon-button"
              aria-label="Show value"
              aria-pressed={shown()}
              title={shown() ? "Hide value" : "Show value"}
              onClick={() => setShown((v) => !v)}
            >
              {shown() ? "◎" : "◉"}
            </button>
          </Show>
        </div>
      </td>
      <td class="var-cell-check">
        <Show when={!props.isNew}>
          <input
            type="checkbox"
            aria-label={`Secret ${name()}`}
            title="Secret: masked on screen"
            checked={secret()}
            onChange={(e) => {
              setShown(false);
              props.onChange({ type: e.currentTarget.checked ? "secret" : "default" });
            }}
          />
        </Show>
      </td>
      <td class="var-cell-check">
        <Show when={!props.isNew}>
          <button
            type="button"
            class="icon-button"
            aria-label={`Delete variable ${name()}`}
            onClick={() => props.onDelete()}
          >
            ×
          </button>
        </Show>
      </td>
    </tr>
  );
}
