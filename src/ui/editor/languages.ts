/** CodeMirror language support per editor language; JSON also gets the lint (see jsonDiagnostics). */
import { html } from "@codemirror/lang-html";
import { javascript } from "@codemirror/lang-javascript";
import { json } from "@codemirror/lang-json";
import { xml } from "@codemirror/lang-xml";
import type { Diagnostic } from "@codemirror/lint";
import { lintGutter, linter } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import type { EditorLanguage } from "./editorTypes";
import { jsonDiagnostics } from "./jsonDiagnostics";

/** JSON.parse-based lint over the whole document. */
export const jsonLint = (): Extension => [
  linter((view): Diagnostic[] => jsonDiagnostics(view.state.doc.toString())),
  lintGutter(),
];

/** Language (and lint) extensions for `language`; GraphQL and text are plain. */
export function languageExtension(language: EditorLanguage): Extension {
  switch (language) {
    case "json":
      return [json(), jsonLint()];
    case "xml":
      return xml();
    case "html":
      return html();
    case "javascript":
      return javascript();
    case "text":
    case "graphql":
      return [];
  }
}
