// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderSidebarWithImport, resetImportTest } from "./testing";

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

const yaml = readFileSync("src/core/import/openapi/test/petstore.yaml", "utf8");

afterEach(resetImportTest);

const renderSidebar = renderSidebarWithImport;

describe("Import dialog with OpenAPI", () => {
  it("imports a YAML spec through the worker and stores its folders", async () => {
    const { fake } = renderSidebar();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    const file = new File([yaml], "petstore.yaml", { type: "application/yaml" });
    fireEvent.change(within(dialog).getByLabelText("Choose file"), { target: { files: [file] } });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toContain("Will create 1 collection, 2 folders, 2 requests.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull());
    expect(fake.calls).toContain("imports.storeStreamed");
    // Component tests read the database once (onceQuery), so check what was stored;
    // bench/openapi.mjs sees the tree update in Chromium.
    expect([...fake.rows.collection.values()].map((c) => c.name)).toContain("YAML Pets");
    expect([...fake.rows.folder.values()].map((f) => f.name)).toEqual(
      expect.arrayContaining(["pets", "stores"]),
    );
  });

  it("keeps the dialog open to show what the conversion could not do", async () => {
    const { fake } = renderSidebar();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    const spec = [
      "openapi: 3.0.0",
      "info: { title: Gaps, version: '1' }",
      "paths:",
      "  /a:",
      "    get:",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema: { $ref: '#/components/schemas/Missing' }",
    ].join("\n");
    fireEvent.input(within(dialog).getByLabelText("Paste a collection or cURL"), {
      target: { value: spec },
    });
    expect((await within(dialog).findByRole("status")).textContent).toContain("1 request");
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    const done = await within(dialog).findByText(/Imported 1 collection, 1 request\. Some parts/);
    expect(done.parentElement?.textContent).toMatch(
      /Unresolved \$ref "#\/components\/schemas\/Missing"/,
    );
    expect(fake.calls).toContain("imports.storeStreamed");
    fireEvent.click(within(dialog).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Import" })).toBeNull());
  });

  it("shows a YAML error with its line and stores nothing", async () => {
    const { fake } = renderSidebar();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    fireEvent.input(within(dialog).getByLabelText("Paste a collection or cURL"), {
      target: { value: "openapi: 3.0.0\npaths:\n  /a: [unclosed\n" },
    });
    const alert = await within(dialog).findByRole("alert");
    expect(alert.textContent).toMatch(/not valid YAML.*\(at line \d+, column \d+\)/);
    expect(fake.calls.some((c) => c.startsWith("imports."))).toBe(false);
  });

  it("loads the spec's referenced files from the files chosen with it", async () => {
    const { fake } = renderSidebar();
    fireEvent.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", { name: "Import" });
    const spec = [
      "openapi: 3.0.0",
      "info: { title: Split Pets, version: '1' }",
      "paths:",
      "  /pets:",
      "    post:",
      "      requestBody:",
      "        content:",
      "          application/json:",
      "            schema: { $ref: 'schemas/pet.yaml' }",
      "      responses: { '201': { description: created } }",
    ].join("\n");
    const pet = new File(["properties:\n  name: { type: string, example: Rex }\n"], "pet.yaml");
    const root = new File([spec], "openapi.yaml");
    fireEvent.change(within(dialog).getByLabelText("Choose file"), {
      target: { files: [pet, root] },
    });
    const status = await within(dialog).findByRole("status");
    expect(status.textContent).toBe("Will create 1 collection, 1 request.Collection “Split Pets”");
    expect(within(dialog).getByText("File: openapi.yaml (with 1 referenced file)")).toBeTruthy();
    // Files the user chose themselves load without asking.
    expect(within(dialog).queryByRole("group", { name: "Referenced files" })).toBeNull();
    fireEvent.click(within(dialog).getByRole("button", { name: "Import" }));
    await waitFor(() => expect(JSON.stringify([...fake.rows.request.values()])).toContain("Rex"));
    expect(fake.calls).toContain("imports.storeStreamed");
  });
});
