// @vitest-environment jsdom
import { completionStatus, currentCompletions, startCompletion } from "@codemirror/autocomplete";
import { EditorView } from "@codemirror/view";
import { cleanup, render, screen, waitFor } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { VariableLookup } from "../../core/variables/lookup";
import { CodeEditor } from "./CodeEditor";
import type { CodeEditorModule } from "./editorTypes";

const lookup: VariableLookup = (name) =>
  name === "id" ? { value: "7", scope: "environment", secret: false } : undefined;

afterEach(cleanup);

beforeAll(() => {
  // jsdom has no layout; CodeMirror measures ranges when it draws the selection.
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

describe("CodeEditor", () => {
  it("shows a textarea until CodeMirror loads, then a labelled editor with variable marks", async () => {
    const [value, setValue] = createSignal('{"id": {{id}}, "x": {{nope}}}');
    render(() => (
      <CodeEditor
        label="Request body"
        value={value()}
        onChange={setValue}
        language="json"
        lookup={lookup}
      />
    ));
    expect(screen.getByRole("textbox", { name: "Request body" }).tagName).toBe("TEXTAREA");
    await waitFor(() => expect(document.querySelector(".cm-editor")).not.toBeNull());
    const content = screen.getByRole("textbox", { name: "Request body" });
    expect(content.getAttribute("contenteditable")).toBe("true");
    expect(document.querySelector("textarea")).toBeNull();
    expect(content.querySelector(".var-ok")?.textContent).toBe("{{id}}");
    expect(content.querySelector(".var-missing")?.textContent).toBe("{{nope}}");
    setValue("plain");
    expect(content.textContent).toBe("plain");
  });

  it("keeps the textarea when loading fails", async () => {
    let fail!: (e: Error) => void;
    const load = () => new Promise<CodeEditorModule>((_, reject) => (fail = reject));
    render(() => (
      <CodeEditor
        label="Test script"
        value="x"
        onChange={() => {}}
        language="javascript"
        lookup={lookup}
        load={load}
      />
    ));
    fail(new Error("offline"));
    await Promise.resolve();
    expect(screen.getByRole("textbox", { name: "Test script" }).tagName).toBe("TEXTAREA");
  });

  it("keeps typing that reaches the textarea while CodeMirror replaces it", async () => {
    const [value, setValue] = createSignal("");
    const changes: string[] = [];
    render(() => (
      <CodeEditor
        label="Test script"
        value={value()}
        onChange={(v) => {
          changes.push(v);
          setValue(v);
        }}
        language="javascript"
        lookup={lookup}
      />
    ));
    const textarea = screen.getByRole("textbox", { name: "Test script" }) as HTMLTextAreaElement;
    await waitFor(() => expect(document.querySelector(".cm-editor")).not.toBeNull());
    expect(textarea.isConnected).toBe(false);
    // A test runner (or a fast typist) that found the textarea a moment ago types into it now.
    textarea.value = "pm.test('late', () => {});";
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    expect(changes).toEqual(["pm.test('late', () => {});"]);
    const content = screen.getByRole("textbox", { name: "Test script" });
    expect(content.textContent).toBe("pm.test('late', () => {});");
  });

  it("hands focus and the selection to CodeMirror when it replaces the focused textarea", async () => {
    let arrive!: (mod: CodeEditorModule) => void;
    const load = () => new Promise<CodeEditorModule>((resolve) => (arrive = resolve));
    const [value, setValue] = createSignal("pm.test();");
    render(() => (
      <CodeEditor
        label="Test script"
        value={value()}
        onChange={setValue}
        language="javascript"
        lookup={lookup}
        load={load}
      />
    ));
    const textarea = screen.getByRole("textbox", { name: "Test script" }) as HTMLTextAreaElement;
    textarea.focus();
    // The user typed "// " at the start and left the caret after it.
    textarea.value = "// pm.test();";
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    textarea.setSelectionRange(3, 3);
    arrive(await import("./codeEditor"));
    await waitFor(() => expect(document.querySelector(".cm-editor")).not.toBeNull());
    const content = screen.getByRole("textbox", { name: "Test script" });
    // Keys still on their way go to the focused element: it must be the editor, not <body>.
    expect(document.activeElement).toBe(content);
    const view = EditorView.findFromDOM(content)!;
    expect(view.state.doc.toString()).toBe("// pm.test();");
    expect(view.state.selection.main.head).toBe(3);
  });

  it("lets an IME composition in the textarea finish before CodeMirror replaces it", async () => {
    let arrive!: (mod: CodeEditorModule) => void;
    let loading!: Promise<CodeEditorModule>;
    const load = () => (loading = new Promise((resolve) => (arrive = resolve)));
    render(() => (
      <CodeEditor
        label="Test script"
        value=""
        onChange={() => {}}
        language="javascript"
        lookup={lookup}
        load={load}
      />
    ));
    const textarea = screen.getByRole("textbox", { name: "Test script" });
    textarea.focus();
    textarea.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
    arrive(await import("./codeEditor"));
    await loading; // runs after the editor's own reaction to the same promise
    expect(textarea.isConnected).toBe(true);
    textarea.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true }));
    expect(textarea.isConnected).toBe(false);
    expect(document.querySelector(".cm-editor")).not.toBeNull();
  });

  it("completes the pm API in scripts and {{variable}} names in every editor", async () => {
    const [language, setLanguage] = createSignal<"javascript" | "json">("javascript");
    render(() => (
      <CodeEditor
        label="Test script"
        value=""
        onChange={() => {}}
        language={language()}
        lookup={lookup}
        variableNames={() => ["baseUrl", "token"]}
      />
    ));
    await waitFor(() => expect(document.querySelector(".cm-editor")).not.toBeNull());
    const view = EditorView.findFromDOM(document.querySelector<HTMLElement>(".cm-editor")!)!;
    const complete = async (doc: string) => {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
      view.dispatch({ selection: { anchor: doc.length } });
      startCompletion(view);
      await waitFor(() => expect(currentCompletions(view.state).length).toBeGreaterThan(0));
      return currentCompletions(view.state).map((c) => c.label);
    };
    expect(await complete("pm.response.to.")).toEqual(["be", "have", "not"]);
    expect(await complete('x = "{{')).toEqual(["baseUrl", "token"]);
    setLanguage("json");
    expect(await complete('{"a": "{{')).toEqual(["baseUrl", "token"]);
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: "pm." } });
    view.dispatch({ selection: { anchor: 3 } });
    startCompletion(view);
    expect(completionStatus(view.state)).toBe("pending");
    await waitFor(() => expect(completionStatus(view.state)).toBeNull());
    expect(currentCompletions(view.state)).toEqual([]);
  });
});
