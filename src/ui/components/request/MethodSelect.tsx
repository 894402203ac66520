/** The "Method" select: standard methods plus "Custom…", which reveals a field for any method. */
import type { JSX } from "solid-js";
import { For, Show, createSignal } from "solid-js";
import { STANDARD_METHODS } from "../../../core/model";

const CUSTOM = "__custom__";

/** Whether `method` is one of the standard methods. */
export const isStandardMethod = (method: string) =>
  (STANDARD_METHODS as readonly string[]).includes(method.toUpperCase());

/** Props of {@link MethodSelect}. */
export interface MethodSelectProps {
  method: string;
  /** Receives the method upper-cased; never an empty string. */
  onChange: (method: string) => void;
}

/** Renders the select and, for custom methods, a "Custom method" text field. */
export function MethodSelect(props: MethodSelectProps): JSX.Element {
  const [picked, setPicked] = createSignal(false);
  const custom = () => picked() || !isStandardMethod(props.method);
  return (
    <div class="method-select">
      <select
        aria-label="Method"
        class="method-select-input"
        data-method={props.method.toUpperCase()}
        value={custom() ? CUSTOM : props.method.toUpperCase()}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setPicked(value === CUSTOM);
          if (value !== CUSTOM) props.onChange(value);
        }}
      >
        <For each={STANDARD_METHODS}>{(m) => <option value={m}>{m}</option>}</For>
        <option value={CUSTOM}>Custom…</option>
      </select>
      <Show when={custom()}>
        <input
          type="text"
          class="method-custom"
          aria-label="Custom method"
          placeholder="METHOD"
          spellcheck={false}
          value={isStandardMethod(props.method) && picked() ? "" : props.method}
          onInput={(e) => {
            const value = e.currentTarget.value.trim().toUpperCase();
            if (value !== "") props.onChange(value);
          }}
        />
      </Show>
    </div>
  );
}
