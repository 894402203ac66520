/**
 * A code editor field: a plain <textarea> at once, replaced by CodeMirror when its lazily loaded
 * module arrives (it stays a textarea if loading fails, e.g. offline before the chunk is cached).
 */
import type { JSX } from "solid-js";
import { Show, createEffect, createSignal, onCleanup, onMount, untrack } from "solid-js";
import type { VariableLookup } from "../../core/variables/lookup";
import type { CodeEditorHandle, CodeEditorModule, EditorLanguage } from "./editorTypes";
import { loadCodeEditor } from "./loadCodeEditor";
import "../styles/editor.css";

/** Props of {@link CodeEditor}. */
export interface CodeEditorProps {
  /** Accessible name of the editing surface (textarea or contenteditable). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  language: EditorLanguage;
  lookup: VariableLookup;
  /** Defined variable names, offered as completions after `{{`. */
  variableNames?: () => string[];
  /** Optional name of the editor as a whole (a group around the editing surface). */
  groupLabel?: string;
  /** Replaces the lazy loader (tests). */
  load?: () => Promise<CodeEditorModule>;
}

/** Renders the editor. */
export function CodeEditor(props: CodeEditorProps): JSX.Element {
  let host!: HTMLDivElement;
  const [handle, setHandle] = createSignal<CodeEditorHandle>();
  onMount(() => {
    let disposed = false;
    onCleanup(() => {
      disposed = true;
      handle()?.destroy();
    });
    const load = untrack(() => props.load) ?? loadCodeEditor;
    load()
      .then((mod) => {
        if (disposed) return;
        const initial = untrack(() => ({
          doc: props.value,
          language: props.language,
          label: props.label,
          lookup: props.lookup,
          variableNames: props.variableNames,
        }));
        setHandle(
          mod.makeCodeEditor({ parent: host, ...initial, onChange: (doc) => props.onChange(doc) }),
        );
      })
      .catch(() => {
        // Keep the textarea: it edits the same value.
      });
  });
  createEffect(() => handle()?.setDoc(props.value));
  createEffect(() => handle()?.setLanguage(props.language));
  createEffect(() => handle()?.setLookup(props.lookup));
  createEffect(() => handle()?.setVariableNames(props.variableNames));
  createEffect(() => handle()?.setLabel(props.label));
  return (
    <div
      class="code-editor"
      data-language={props.language}
      role={props.groupLabel ? "group" : undefined}
      aria-label={props.groupLabel}
    >
      <Show when={!handle()}>
        <textarea
          class="code-editor-fallback"
          aria-label={props.label}
          spellcheck={false}
          value={props.value}
          // Bound on the element itself, not delegated: input that lands while the rich editor
          // replaces this textarea (it is detached by then) still reaches the value.
          on:input={(e) => props.onChange(e.currentTarget.value)}
        />
      </Show>
      <div ref={host} class="code-editor-host" />
    </div>
  );
}
