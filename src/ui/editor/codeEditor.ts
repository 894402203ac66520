/**
 * The CodeMirror editor behind CodeEditor.tsx, loaded with dynamic import() so CodeMirror is
 * not in the initial bundle. One EditorView per editor; language, variables, completion and label
 * are reconfigured through Compartments. Ctrl/Cmd+Enter and Ctrl/Cmd+S are left to the app's
 * global shortcuts (CodeMirror's own Mod-Enter binding is shadowed).
 */
import type { CompletionSource } from "@codemirror/autocomplete";
import { syntaxTree } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { Compartment, EditorSelection, EditorState, Prec } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { CodeEditorHandle, CodeEditorOptions, EditorLanguage } from "./editorTypes";
import { languageExtension } from "./languages";
import { pmCompletionsAt } from "./pmCompletions";
import { scriptVariableNameAt, variableCompletionAt } from "./variableCompletion";
import { variableHighlight } from "./variableHighlight";

/** True for the app's global shortcuts, which the editor must not handle. */
export function isAppShortcut(e: KeyboardEvent): boolean {
  return (
    (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "Enter" || e.key.toLowerCase() === "s")
  );
}

/** How far back a member chain (`pm.response.to.have.`) is looked for. */
const LOOKBACK = 300;

/** Completion of the pm API (see pmCompletions.ts); only module names inside strings. */
export const pmCompletionSource: CompletionSource = (ctx) => {
  const start = Math.max(0, ctx.pos - LOOKBACK);
  const found = pmCompletionsAt(ctx.state.sliceDoc(start, ctx.pos), ctx.explicit);
  if (!found) return null;
  const node = syntaxTree(ctx.state).resolveInner(ctx.pos, -1).name;
  if (found.kind !== "module" && /String|Comment/.test(node)) return null;
  const validFor = found.kind === "module" ? /^[\w\-/.]*$/ : /^[\w$]*$/;
  return { from: start + found.from, options: found.options, validFor };
};

/** Completion of variable names after `{{` (and in `pm.<scope>.get("…` when `script`). */
export function variableCompletionSource(names: () => string[], script: boolean): CompletionSource {
  return (ctx) => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    const braces = variableCompletionAt(before, names(), line.text.slice(ctx.pos - line.from));
    if (braces) return { from: line.from + braces.from, options: braces.options };
    const inCall = script ? scriptVariableNameAt(before, names()) : null;
    return inCall && { from: line.from + inCall.from, options: inCall.options };
  };
}

/** The completion sources for `language`, added to basicSetup's autocompletion. */
function completionExtension(language: EditorLanguage, names?: () => string[]): Extension {
  const script = language === "javascript";
  const sources = [
    ...(script ? [pmCompletionSource] : []),
    ...(names ? [variableCompletionSource(names, script)] : []),
  ];
  return sources.map((autocomplete) => EditorState.languageData.of(() => [{ autocomplete }]));
}

/** `state` with `selection` clamped to its document (a textarea counts "\r\n" as one, too). */
function withSelection(state: EditorState, selection: CodeEditorOptions["selection"]): EditorState {
  if (!selection) return state;
  const clamp = (n: number) => Math.max(0, Math.min(n, state.doc.length));
  const range = EditorSelection.single(clamp(selection.anchor), clamp(selection.head));
  return state.update({ selection: range }).state;
}

/** Mount an editor in `options.parent`; returns its handle. */
export function makeCodeEditor(options: CodeEditorOptions): CodeEditorHandle {
  const language = new Compartment();
  const variables = new Compartment();
  const completion = new Compartment();
  const label = new Compartment();
  const labelled = (text: string) => EditorView.contentAttributes.of({ "aria-label": text });
  let current = { language: options.language, names: options.variableNames };
  let applying = false;
  const view = new EditorView({
    parent: options.parent,
    state: withSelection(
      EditorState.create({
        doc: options.doc,
        extensions: [
          Prec.highest(EditorView.domEventHandlers({ keydown: (e) => isAppShortcut(e) })),
          basicSetup,
          language.of(languageExtension(options.language)),
          variables.of(variableHighlight(options.lookup)),
          completion.of(completionExtension(current.language, current.names)),
          label.of(labelled(options.label)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !applying) options.onChange(update.state.doc.toString());
          }),
        ],
      }),
      options.selection,
    ),
  });
  if (options.focus) {
    view.focus();
    view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head) });
  }
  const reconfigureCompletion = (next: Partial<typeof current>) => {
    current = { ...current, ...next };
    return completion.reconfigure(completionExtension(current.language, current.names));
  };
  return {
    setDoc(doc) {
      if (doc === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
      applying = false;
    },
    setLanguage: (next) =>
      view.dispatch({
        effects: [
          language.reconfigure(languageExtension(next)),
          reconfigureCompletion({ language: next }),
        ],
      }),
    setLookup: (lookup) =>
      view.dispatch({ effects: variables.reconfigure(variableHighlight(lookup)) }),
    setVariableNames: (names) => view.dispatch({ effects: reconfigureCompletion({ names }) }),
    setLabel: (text) => view.dispatch({ effects: label.reconfigure(labelled(text)) }),
    destroy: () => view.destroy(),
  };
}
