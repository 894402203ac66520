/**
 * A multi-line attribute (a JWT payload, a PEM private key). A secret one is hidden until its
 * toggle is pressed, except while it is still empty.
 */
import type { JSX } from "solid-js";
import { Show, createSignal, untrack } from "solid-js";
import { RevealButton } from "./SecretInput";

/** Props of {@link TextareaField}. */
export interface TextareaFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  secret?: boolean;
}

/** Renders the label (with a secret's toggle) and the textarea, or a "hidden" stand-in. */
export function TextareaField(props: TextareaFieldProps): JSX.Element {
  const [shown, setShown] = createSignal(untrack(() => !props.secret || props.value === ""));
  return (
    <div class="auth-field auth-textarea">
      <div class="auth-field-head">
        <span class="auth-field-label" aria-hidden="true">
          {props.label}
        </span>
        <Show when={props.secret}>
          <RevealButton label={props.label} shown={shown()} onToggle={() => setShown((v) => !v)} />
        </Show>
      </div>
      <Show when={shown()} fallback={<p class="auth-hidden">Hidden</p>}>
        <textarea
          aria-label={props.label}
          rows={props.secret ? 6 : 4}
          spellcheck={false}
          placeholder={props.placeholder}
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </Show>
    </div>
  );
}
