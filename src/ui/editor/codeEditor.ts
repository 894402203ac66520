/**
 * The CodeMirror editor behind CodeEditor.tsx, loaded with dynamic import() so CodeMirror is
 * not in the initial bundle. One EditorView per editor; language, variables and label are
 * reconfigured through Compartments. Ctrl/Cmd+Enter and Ctrl/Cmd+S are left to the app's
 * global shortcuts (CodeMirror's own Mod-Enter binding is shadowed).
 */
import { Compartment, EditorState, Prec } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { CodeEditorHandle, CodeEditorOptions } from "./editorTypes";
import { languageExtension } from "./languages";
import { variableHighlight } from "./variableHighlight";

/** True for the app's global shortcuts, which the editor must not handle. */
export function isAppShortcut(e: KeyboardEvent): boolean {
  return (
    (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === "Enter" || e.key.toLowerCase() === "s")
  );
}

/** Mount an editor in `options.parent`; returns its handle. */
export function makeCodeEditor(options: CodeEditorOptions): CodeEditorHandle {
  const language = new Compartment();
  const variables = new Compartment();
  const label = new Compartment();
  const labelled = (text: string) => EditorView.contentAttributes.of({ "aria-label": text });
  let applying = false;
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        Prec.highest(EditorView.domEventHandlers({ keydown: (e) => isAppShortcut(e) })),
        basicSetup,
        language.of(languageExtension(options.language)),
        variables.of(variableHighlight(options.lookup)),
        label.of(labelled(options.label)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applying) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setDoc(doc) {
      if (doc === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
      applying = false;
    },
    setLanguage: (next) =>
      view.dispatch({ effects: language.reconfigure(languageExtension(next)) }),
    setLookup: (lookup) =>
      view.dispatch({ effects: variables.reconfigure(variableHighlight(lookup)) }),
    setLabel: (text) => view.dispatch({ effects: label.reconfigure(labelled(text)) }),
    destroy: () => view.destroy(),
  };
}
