// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sampleCollection } from "../../../core/import/postman/test/sample";
import { resetOnceQueries } from "../../testing/onceQuery";
import { renderWithApp } from "../../app/testing/renderApp";
import { closeImport, importRequest } from "../../stores/importLauncher";
import { ImportHost } from "./ImportHost";

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  closeImport();
});

const files = (...list: File[]) => ({ dataTransfer: { files: list, types: ["Files"] } });
const json = new File([JSON.stringify(sampleCollection)], "sample.json");

function setup() {
  const result = renderWithApp(() => (
    <>
      <main>
        <p>Main panel</p>
        <div contenteditable="true">Editor</div>
      </main>
      <ImportHost />
    </>
  ));
  return { ...result, main: screen.getByText("Main panel") };
}

describe("ImportHost", () => {
  it("shows “Drop to import” while files are dragged over, and opens the dialog on drop", async () => {
    const { main } = setup();
    expect(screen.queryByRole("status")).toBeNull();
    fireEvent.dragEnter(main, files(json));
    fireEvent.dragOver(main, files(json));
    expect(screen.getByRole("status").textContent).toBe("Drop to import");
    fireEvent.drop(main, files(json));
    expect(screen.queryByText("Drop to import")).toBeNull();
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 2 folders, 6 requests.");
  });

  it("hides the overlay when the drag leaves the window", () => {
    const { main } = setup();
    fireEvent.dragEnter(main, files(json));
    expect(screen.getByText("Drop to import")).toBeTruthy();
    fireEvent.dragLeave(main, files(json));
    expect(screen.queryByText("Drop to import")).toBeNull();
  });

  it("ignores drags without files, such as moving tree rows", () => {
    const { main } = setup();
    const rows = { dataTransfer: { files: [], types: ["text/plain"] } };
    fireEvent.dragEnter(main, rows);
    const over = fireEvent.dragOver(main, rows);
    expect(over).toBe(true); // not cancelled: the drop is not ours to accept
    expect(screen.queryByText("Drop to import")).toBeNull();
    fireEvent.drop(main, rows);
    expect(importRequest()).toBeUndefined();
  });

  it("leaves a file dropped on an editor to the editor", () => {
    setup();
    fireEvent.drop(screen.getByText("Editor"), files(json));
    expect(importRequest()).toBeUndefined();
  });

  it("hands every dropped file to the dialog", () => {
    const { main } = setup();
    const pet = new File(["type: object"], "pet.yaml");
    fireEvent.drop(main, files(pet, json));
    expect(importRequest()?.files.map((f) => f.name)).toEqual(["pet.yaml", "sample.json"]);
  });
});
