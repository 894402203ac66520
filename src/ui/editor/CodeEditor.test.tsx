// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import type { VariableLookup } from "../../core/variables/lookup";
import { CodeEditor } from "./CodeEditor";
import type { CodeEditorModule } from "./editorTypes";

const lookup: VariableLookup = (name) =>
  name === "id" ? { value: "7", scope: "environment", secret: false } : undefined;

afterEach(cleanup);

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
});
