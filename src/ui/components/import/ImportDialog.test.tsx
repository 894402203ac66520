// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleCollection } from "../../../core/import/postman/test/sample";
import { DbError } from "../../../db/repos/types";
import { toasts } from "../../stores/toasts";
import { renderSidebarWithImport, resetImportTest } from "./testing";

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(resetImportTest);

const renderSidebar = renderSidebarWithImport;

async function openDialog() {
  const app = renderSidebar();
  fireEvent.click(screen.getByRole("button", { name: "Import" }));
  const dialog = await screen.findByRole("dialog", { name: "Import" });
  return { ...app, dialog };
}

const paste = (dialog: HTMLElement, text: string) =>
  fireEvent.input(within(dialog).getByLabelText("Paste a collection or cURL"), {
    target: { value: text },
  });

describe("ImportDialog", () => {
  it("previews a pasted collection and stores it on Import", async () => {
    const { dialog, fake } = await openDialog();
    const importButton = within(dialog).getByRole("button", { name: "Import" });
    expect(importButton).toHaveProperty("disabled", true);
    paste(dialog, JSON.stringify(sampleCollection));
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 2 folders, 6 requests.");
    expect(within(status).getByText("Collection “Sample”")).toBeTruthy();
    fireEvent.click(importButton);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull());
    expect(fake.calls).toContain("imports.storeStreamed");
    expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("Sample");
    expect(toasts().map((t) => t.message)).toContain(
      "Imported 1 collection, 2 folders, 6 requests.",
    );
  });

  it("shows a parse error with where it is, and stores nothing", async () => {
    const { dialog, fake } = await openDialog();
    paste(dialog, '{\n  "info": {,\n}');
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toMatch(/not valid JSON.*\(at line 2, column \d+\)/);
    expect(within(dialog).getByRole("button", { name: "Import" })).toHaveProperty("disabled", true);
    expect(fake.calls.some((c) => c.startsWith("imports."))).toBe(false);
  });

  it("lists cURL warnings in the preview", async () => {
    const { dialog } = await openDialog();
    paste(dialog, "curl --weird https://x.test");
    const warnings = await within(dialog).findByRole("list", { name: "Warnings" });
    expect(warnings.textContent).toContain("Option --weird is not a curl option; ignored.");
  });

  it("reads a chosen file", async () => {
    const { dialog } = await openDialog();
    const file = new File([JSON.stringify({ name: "Dev", values: [] })], "dev.json");
    fireEvent.change(within(dialog).getByLabelText("Choose file"), { target: { files: [file] } });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 environment.");
  });

  it("shows a storage failure as an alert and stays open", async () => {
    const { dialog, fake } = await openDialog();
    fake.repos.imports.storeStreamed = () => Promise.reject(new DbError("QUOTA_EXCEEDED", "full"));
    paste(dialog, "curl https://x.test");
    await within(dialog).findByRole("status");
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toContain("Storage is full");
    expect(screen.getByRole("dialog", { name: "Import" })).toBeTruthy();
  });

  it("Cancel closes without storing", async () => {
    const { dialog, fake } = await openDialog();
    paste(dialog, "curl https://x.test");
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull();
    expect(fake.calls.some((c) => c.startsWith("imports."))).toBe(false);
  });

  it("reads several chosen files, importing the collection among them", async () => {
    const { dialog } = await openDialog();
    const notes = new File(["just some notes"], "notes.txt");
    const coll = new File([JSON.stringify(sampleCollection)], "sample.json");
    fireEvent.change(within(dialog).getByLabelText("Choose file"), {
      target: { files: [notes, coll] },
    });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 2 folders, 6 requests.");
    expect(within(dialog).getByText("File: sample.json (with 1 referenced file)")).toBeTruthy();
  });

  it("opens with a file dropped anywhere on the window", async () => {
    renderSidebar();
    const file = new File(["curl -X PUT https://x.test/a"], "cmd.sh");
    fireEvent.drop(document.body, { dataTransfer: { files: [file], types: ["Files"] } });
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    expect(within(dialog).getByText("File: cmd.sh")).toBeTruthy();
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("1 collection, 1 request");
  });
});
