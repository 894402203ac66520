/**
 * A code editor field: a plain <textarea> at once, replaced by CodeMirror when its lazily loaded
 * module arrives (it stays a textarea if loading fails, e.g. offline before the chunk is cached).
 *
 * The swap can come while the user types (the chunk is ~600 kB, parsed on first use). It keeps
 * every keystroke by handing over in one task: CodeMirror starts from the textarea's selection
 * and takes focus before the textarea is removed, so no key event can fall between them onto
 * <body> (removing a focused element drops focus there). An IME composition in progress is
 * let finish first.
 */
import type { JSX } from "solid-js";
import { Show, createEffect, createSignal, onCleanup, onMount, untrack } from "solid-js";
import type { VariableLookup } from "../../core/variables/lookup";
import type {
  CodeEditorHandle,
  CodeEditorModule,
  CodeEditorOptions,
  EditorLanguage,
} from "./editorTypes";
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

/** What CodeMirror takes over from the textarea it replaces: its selection, and focus if held. */
function handOver(textarea: HTMLTextAreaElement | undefined): Partial<CodeEditorOptions> {
  if (!textarea) return {};
  const { selectionStart: start, selectionEnd: end, selectionDirection } = textarea;
  const backward = selectionDirection === "backward";
  return {
    selection: { anchor: backward ? end : start, head: backward ? start : end },
    focus: textarea.ownerDocument.activeElement === textarea,
  };
}

/** Renders the editor. */
export function CodeEditor(props: CodeEditorProps): JSX.Element {
  let host!: HTMLDivElement;
  let fallback: HTMLTextAreaElement | undefined;
  let composing = false;
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
        const swap = () => {
          if (disposed) return;
          const initial = untrack(() => ({
            doc: props.value,
            language: props.language,
            label: props.label,
            lookup: props.lookup,
            variableNames: props.variableNames,
          }));
          // Created (and focused) first; setHandle then removes the textarea, in this same task.
          const editor = mod.makeCodeEditor({
            parent: host,
            ...initial,
            ...handOver(fallback),
            onChange: (doc) => props.onChange(doc),
          });
          setHandle(editor);
        };
        if (composing && fallback) {
          fallback.addEventListener("compositionend", swap, { once: true });
        } else swap();
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
          ref={fallback}
          class="code-editor-fallback"
          aria-label={props.label}
          spellcheck={false}
          value={props.value}
          // Bound on the element itself, not delegated: an input event dispatched to this
          // textarea after it was detached (a stale handle) still reaches the value.
          on:input={(e) => props.onChange(e.currentTarget.value)}
          onCompositionStart={() => (composing = true)}
          onCompositionEnd={() => (composing = false)}
        />
      </Show>
      <div ref={host} class="code-editor-host" />
    </div>
  );
}
