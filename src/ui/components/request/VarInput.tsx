/**
 * A single-line input whose `{{name}}` tokens are highlighted (resolved / not defined) by a
 * mirrored overlay behind transparent input text; hovering a token, or putting the caret in
 * it, shows a tooltip with its value (masked when secret) and scope. Typing `{{` offers names.
 */
import type { JSX } from "solid-js";
import { For, Show, createMemo, createSignal, createUniqueId } from "solid-js";
import type { VariableLookup } from "../../../core/variables/lookup";
import { describeVariable, segmentText, tokenAt } from "../../editor/varTokens";
import { VarCompletion, createVarCompletion } from "./VarCompletion";
import "../../styles/request.css";

/** Props of {@link VarInput}. */
export interface VarInputProps {
  /** Accessible name. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  /** "password" masks the text (no highlighting then). */
  type?: "text" | "password";
  placeholder?: string;
  /** Enter pressed (and no completion open). */
  onEnter?: () => void;
  class?: string;
}

/** Renders the input, its overlay, tooltip and completion list. */
export function VarInput(props: VarInputProps): JSX.Element {
  const tooltipId = createUniqueId();
  let input!: HTMLInputElement;
  let mirror: HTMLDivElement | undefined;
  const [caret, setCaret] = createSignal<number>();
  const [hovered, setHovered] = createSignal<string>();
  const masked = () => props.type === "password";
  const segments = createMemo(() => segmentText(props.value, props.lookup));
  const caretToken = createMemo(() => {
    const at = caret();
    return at === undefined || masked() ? undefined : tokenAt(props.value, at);
  });
  const shown = createMemo(() => {
    const name = hovered() ?? caretToken()?.name;
    return name === undefined ? undefined : describeVariable(name, props.lookup);
  });
  const completion = createVarCompletion({
    value: () => props.value,
    caret,
    names: () => props.variableNames?.() ?? [],
    apply: (value, at) => {
      input.value = value;
      props.onInput(value);
      input.setSelectionRange(at, at);
      setCaret(at);
    },
  });
  const trackCaret = () => setCaret(input.selectionStart ?? undefined);
  const syncScroll = () => {
    if (mirror) mirror.scrollLeft = input.scrollLeft;
  };
  const hoverAt = (e: MouseEvent) => {
    const spans = mirror?.querySelectorAll<HTMLElement>("[data-var]") ?? [];
    const hit = [...spans].find((s) => {
      const r = s.getBoundingClientRect();
      return (
        e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom
      );
    });
    setHovered(hit?.dataset.var);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (completion.onKeyDown(e)) return;
    if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && props.onEnter) {
      e.preventDefault();
      props.onEnter();
    }
  };
  return (
    <div class={`var-input ${props.class ?? ""}`}>
      <Show when={!masked()}>
        <div ref={mirror} class="var-input-mirror" aria-hidden="true">
          <For each={segments()}>
            {(seg) => (
              <Show when={seg.token} fallback={<span>{seg.text}</span>}>
                {(token) => (
                  <span class={token().className} data-var={token().name.trim()}>
                    {seg.text}
                  </span>
                )}
              </Show>
            )}
          </For>
        </div>
      </Show>
      <input
        ref={input}
        class="var-input-field"
        classList={{ "var-input-overlaid": !masked() }}
        type={masked() ? "password" : "text"}
        aria-label={props.label}
        aria-describedby={shown() ? tooltipId : undefined}
        aria-autocomplete={props.variableNames ? "list" : undefined}
        aria-controls={completion.open() ? completion.listId : undefined}
        aria-activedescendant={completion.activeId()}
        autocomplete="off"
        spellcheck={false}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(e) => {
          props.onInput(e.currentTarget.value);
          trackCaret();
          syncScroll();
        }}
        onKeyDown={onKeyDown}
        onKeyUp={trackCaret}
        onClick={trackCaret}
        onSelect={trackCaret}
        onFocus={trackCaret}
        onBlur={() => setCaret(undefined)}
        onScroll={syncScroll}
        onMouseMove={hoverAt}
        onMouseLeave={() => setHovered(undefined)}
      />
      <Show when={shown()}>
        {(info) => (
          <div id={tooltipId} role="tooltip" class="var-tooltip">
            <span class="var-tooltip-name">{info().name}</span>
            <Show when={info().defined}>
              <span class="var-tooltip-value">{info().value}</span>
            </Show>
            <span class="var-tooltip-scope">{info().scope}</span>
          </div>
        )}
      </Show>
      <VarCompletion completion={completion} />
    </div>
  );
}
