// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeEnvironment } from "../../../core/factory";
import { makeTestDeps } from "../../app/testing/fixtures";
import { resetOnceQueries } from "../../app/testing/onceQuery";
import { renderWithApp } from "../../app/testing/renderApp";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";
import { ExportDialog } from "./ExportDialog";
import type { ExportDocument } from "./exportDocuments";
import { environmentExport } from "./exportDocuments";

// The app loads this dialog lazily; load it before the tests so they time the UI, not the import.
beforeAll(() => import("./ExportDialog"));

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(): read it with FileReader. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe("ExportDialog", () => {
  it("builds without secrets by default and with them when ticked", async () => {
    const build = vi.fn(async (secrets: boolean) => ({ fileName: "x.json", json: { secrets } }));
    const save = vi.fn<(doc: ExportDocument) => void>();
    const onClose = vi.fn();
    render(() => <ExportDialog kind="collection" build={build} onClose={onClose} save={save} />);
    const dialog = await screen.findByRole("dialog", { name: "Export collection" });
    const box = within(dialog).getByRole("checkbox", { name: "Include secrets" });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0].json).toEqual({ secrets: false });
    expect(onClose).toHaveBeenCalled();
    fireEvent.click(box);
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(build).toHaveBeenLastCalledWith(true);
  });

  it("shows an error when the document cannot be built", async () => {
    const build = async (): Promise<ExportDocument> => {
      throw new Error("gone");
    };
    render(() => <ExportDialog kind="environment" build={build} onClose={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    expect(await screen.findByRole("alert")).toHaveProperty("textContent");
    expect(screen.getByRole("dialog", { name: "Export environment" })).toBeTruthy();
  });

  it("opens from a collection's menu and downloads a Postman v2.1 file", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), "blob:x"));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderWithApp(() => <Sidebar />);
    await screen.findByRole("treeitem", { name: "Demo API" });
    fireEvent.click(screen.getByRole("button", { name: "Actions for Demo API" }));
    fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Export" }));
    const dialog = await screen.findByRole("dialog", { name: "Export collection" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe("Demo_API.postman_collection.json");
    const json = JSON.parse(await readText(blobs[0] as Blob)) as {
      info: { schema: string };
      item: { name: string }[];
    };
    expect(json.info.schema).toContain("v2.1.0");
    expect(json.item.map((i) => i.name)).toEqual(["Users", "Health"]);
  });

  it("environment files leave secret values out unless asked", () => {
    const env = makeEnvironment(makeTestDeps(), {
      workspaceId: "ws",
      name: "Prod env",
      variables: [{ key: "token", value: "t0k", type: "secret", enabled: true }],
    });
    expect(environmentExport(env, false).fileName).toBe("Prod_env.postman_environment.json");
    expect(JSON.stringify(environmentExport(env, false).json)).not.toContain("t0k");
    expect(JSON.stringify(environmentExport(env, true).json)).toContain("t0k");
  });
});
