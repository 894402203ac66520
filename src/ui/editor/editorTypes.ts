/** Types shared by the lazy CodeMirror module and the components that load it (no CM imports). */
import type { RawLanguage } from "../../core/model";
import type { VariableLookup } from "../../core/variables/lookup";

/** What an editor highlights: a raw body language, or a GraphQL query. */
export type EditorLanguage = RawLanguage | "graphql";

/** Options for {@link CodeEditorModule.makeCodeEditor}. */
export interface CodeEditorOptions {
  parent: HTMLElement;
  doc: string;
  language: EditorLanguage;
  /** aria-label of the contenteditable. */
  label: string;
  lookup: VariableLookup;
  /** Defined variable names, offered after `{{` (read when completion opens). */
  variableNames?: () => string[];
  onChange: (doc: string) => void;
  /** Initial selection (offsets into `doc`, clamped to it); default: the start. */
  selection?: { anchor: number; head: number };
  /**
   * Take focus on creation (and scroll the selection into view): the editor replaces a focused
   * stand-in, so keystrokes still on their way land in it.
   */
  focus?: boolean;
}

/** A live editor; every option change goes through its own Compartment. */
export interface CodeEditorHandle {
  setDoc: (doc: string) => void;
  setLanguage: (language: EditorLanguage) => void;
  setLookup: (lookup: VariableLookup) => void;
  setVariableNames: (names: (() => string[]) | undefined) => void;
  setLabel: (label: string) => void;
  destroy: () => void;
}

/** The lazily imported module's shape. */
export interface CodeEditorModule {
  makeCodeEditor: (options: CodeEditorOptions) => CodeEditorHandle;
}
