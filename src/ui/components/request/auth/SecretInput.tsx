/** A VarInput for a credential: masked until its "Show" toggle is pressed. */
import type { JSX } from "solid-js";
import { createSignal } from "solid-js";
import type { VariableLookup } from "../../../../core/variables/lookup";
import { VarInput } from "../VarInput";

/** Props of {@link SecretInput}. */
export interface SecretInputProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  placeholder?: string;
}

/** "Show password", "Show client secret": the toggle's accessible name for a field's label. */
export function showLabel(label: string): string {
  const lower = /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;
  return `Show ${lower}`;
}

/** Renders the masked input and its toggle. */
export function SecretInput(props: SecretInputProps): JSX.Element {
  const [shown, setShown] = createSignal(false);
  return (
    <div class="auth-secret">
      <VarInput
        label={props.label}
        type={shown() ? "text" : "password"}
        value={props.value}
        onInput={(value) => props.onInput(value)}
        lookup={props.lookup}
        variableNames={props.variableNames}
        placeholder={props.placeholder}
      />
      <button
        type="button"
        class="icon-button"
        aria-label={showLabel(props.label)}
        aria-pressed={shown()}
        title={shown() ? "Hide" : "Show"}
        onClick={() => setShown((v) => !v)}
      >
        {shown() ? "◎" : "◉"}
      </button>
    </div>
  );
}
