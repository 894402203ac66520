/** The `{{` completion list of a VarInput: state (createVarCompletion) and its listbox. */
import type { Accessor, JSX } from "solid-js";
import { For, Show, createMemo, createSignal, createUniqueId } from "solid-js";
import { completeNames, openTokenBefore } from "../../editor/varTokens";

/** What the completion reads and how it writes a chosen name back. */
export interface VarCompletionSource {
  value: Accessor<string>;
  caret: Accessor<number | undefined>;
  names: Accessor<string[]>;
  /** Replace the field's text and put the caret at `caret`. */
  apply: (value: string, caret: number) => void;
}

/** Completion state: open/options/active and the key handling. */
export interface VarCompletionState {
  listId: string;
  open: Accessor<boolean>;
  options: Accessor<string[]>;
  active: Accessor<number>;
  activeId: Accessor<string | undefined>;
  choose: (name: string) => void;
  /** Handles list keys; true when the key was used. */
  onKeyDown: (e: KeyboardEvent) => boolean;
}

/** Completion over `source`; closes on Escape until the text changes. */
export function createVarCompletion(source: VarCompletionSource): VarCompletionState {
  const listId = createUniqueId();
  const [active, setActive] = createSignal(0);
  const [dismissedAt, setDismissedAt] = createSignal<string>();
  const context = createMemo(() => {
    const at = source.caret();
    return at === undefined ? undefined : openTokenBefore(source.value(), at);
  });
  const options = createMemo(() => {
    const ctx = context();
    return ctx ? completeNames(source.names(), ctx.prefix) : [];
  });
  const open = () => options().length > 0 && dismissedAt() !== source.value();
  const current = () => Math.min(active(), Math.max(0, options().length - 1));
  const choose = (name: string) => {
    const ctx = context();
    const at = source.caret();
    if (!ctx || at === undefined) return;
    const text = source.value();
    const rest = text.slice(at).startsWith("}}") ? text.slice(at + 2) : text.slice(at);
    const inserted = `{{${name}}}`;
    setActive(0);
    source.apply(text.slice(0, ctx.from) + inserted + rest, ctx.from + inserted.length);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open()) return false;
    const n = options().length;
    if (e.key === "ArrowDown") setActive((current() + 1) % n);
    else if (e.key === "ArrowUp") setActive((current() - 1 + n) % n);
    else if (e.key === "Enter" || e.key === "Tab") choose(options()[current()] ?? "");
    else if (e.key === "Escape") setDismissedAt(source.value());
    else return false;
    e.preventDefault();
    return true;
  };
  return {
    listId,
    open,
    options,
    active: current,
    activeId: () => (open() ? `${listId}-${current()}` : undefined),
    choose,
    onKeyDown,
  };
}

/** The listbox "Variables" under the field, when open. */
export function VarCompletion(props: { completion: VarCompletionState }): JSX.Element {
  return (
    <Show when={props.completion.open()}>
      <ul id={props.completion.listId} role="listbox" aria-label="Variables" class="var-completion">
        <For each={props.completion.options()}>
          {(name, i) => (
            <li
              id={`${props.completion.listId}-${i()}`}
              role="option"
              aria-selected={props.completion.active() === i()}
              onMouseDown={(e) => {
                e.preventDefault();
                props.completion.choose(name);
              }}
            >
              {name}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
