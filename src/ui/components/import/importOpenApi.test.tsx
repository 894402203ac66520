// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeSeededRandom } from "../../../core/env";
import { importOpenApiText } from "../../../workers/openapi/service";
import { resetOnceQueries } from "../../app/testing/onceQuery";
import { renderWithApp } from "../../app/testing/renderApp";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));
// jsdom has no module workers: run the worker's service in-process behind the same client API.
const workerCalls: string[] = [];
vi.mock("../../workers/openapiClient", () => ({
  importOpenApi: (text: string, workspaceId: string) => {
    workerCalls.push(workspaceId);
    const deps = { clock: { now: () => 1 }, random: makeSeededRandom(9) };
    return Promise.resolve(importOpenApiText(text, deps, workspaceId));
  },
}));

const yaml = readFileSync("src/workers/openapi/test/petstore.yaml", "utf8");

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

describe("Import dialog with OpenAPI", () => {
  it("imports a YAML spec through the worker and stores its folders", async () => {
    const { fake } = renderWithApp(() => <Sidebar />);
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    const file = new File([yaml], "petstore.yaml", { type: "application/yaml" });
    fireEvent.change(within(dialog).getByLabelText("Choose file"), { target: { files: [file] } });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 2 folders, 2 requests.");
    expect(workerCalls).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull());
    expect(fake.calls).toContain("imports.store");
    // Component tests read the database once (onceQuery), so check what was stored;
    // bench/openapi.mjs sees the tree update in Chromium.
    expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("YAML Pets");
    expect([...fake.rows.folder.values()].map((f) => f.name)).toEqual(
      expect.arrayContaining(["pets", "stores"]),
    );
  });

  it("shows a YAML error with its line and stores nothing", async () => {
    const { fake } = renderWithApp(() => <Sidebar />);
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    fireEvent.input(within(dialog).getByLabelText("Paste a collection or cURL"), {
      target: { value: "openapi: 3.0.0\npaths:\n  /a: [unclosed\n" },
    });
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toMatch(/not valid YAML.*\(at line \d+, column \d+\)/);
    expect(fake.calls).not.toContain("imports.store");
  });
});
