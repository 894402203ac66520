/** The one place CodeMirror is imported from the UI: lazily, so it lands in its own chunk. */
import type { CodeEditorModule } from "./editorTypes";

/** Load the CodeMirror editor module (cached by the module system after the first call). */
export const loadCodeEditor = (): Promise<CodeEditorModule> => import("./codeEditor");
