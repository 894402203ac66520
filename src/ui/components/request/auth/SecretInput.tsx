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

/** Props of {@link RevealButton}. */
export interface RevealButtonProps {
  /** The field's label ("Password"): the button is named "Show password". */
  label: string;
  shown: boolean;
  onToggle: () => void;
}

/** The "Show …" toggle of a masked field (pressed while the value shows). */
export function RevealButton(props: RevealButtonProps): JSX.Element {
  return (
    <button
      type="button"
      class="icon-button"
      aria-label={showLabel(props.label)}
      aria-pressed={props.shown}
      title={props.shown ? "Hide" : "Show"}
      onClick={() => props.onToggle()}
    >
      {props.shown ? "◎" : "◉"}
    </button>
  );
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
      <RevealButton label={props.label} shown={shown()} onToggle={() => setShown((v) => !v)} />
    </div>
  );
}
