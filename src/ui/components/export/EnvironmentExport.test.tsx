// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeEnvironment } from "../../../core/factory";
import { makeTestDeps } from "../../testing/fixtures";
import { onceQuery, resetOnceQueries } from "../../testing/onceQuery";
import { createEnvironmentsStore } from "../../stores/environments";
import { ManageEnvironmentsDialog } from "../env/ManageEnvironmentsDialog";
import { makeFakeStorage } from "../../testing/fakeStorage";
import { readText } from "../../files/readText";

// The app loads this dialog lazily; load it before the tests so they time the UI, not the import.
beforeAll(() => import("./ExportDialog"));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  vi.restoreAllMocks();
});

describe("Export in the environments dialog", () => {
  it("downloads the environment as a Postman environment file", async () => {
    const deps = makeTestDeps();
    const prod = makeEnvironment(deps, { workspaceId: "ws", name: "Prod" });
    const storage = makeFakeStorage({ environments: [prod] });
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(() => {
      const store = createEnvironmentsStore({
        repos: storage.repos,
        deps,
        live: onceQuery,
        workspaceId: async () => "ws",
      });
      return <ManageEnvironmentsDialog open onClose={() => {}} store={store} />;
    });
    fireEvent.click(await screen.findByRole("button", { name: "Actions for Prod" }));
    fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Export" }));
    const dialog = await screen.findByRole("dialog", { name: "Export environment" });
    expect(within(dialog).getByRole("checkbox", { name: "Include secrets" })).toHaveProperty(
      "checked",
      false,
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      "Prod.postman_environment.json",
    );
  });

  it("exports the globals as a Postman globals file, secrets blank", async () => {
    const storage = makeFakeStorage();
    storage.globals.row.variables = [
      { key: "token", value: "g-t0k", type: "secret", enabled: true },
      { key: "host", value: "example.test", type: "default", enabled: true },
    ];
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), "blob:x"));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    render(() => {
      const store = createEnvironmentsStore({
        repos: storage.repos,
        deps: makeTestDeps(),
        live: onceQuery,
        workspaceId: async () => "ws",
      });
      return (
        <ManageEnvironmentsDialog open onClose={() => {}} store={store} workspaceName="My space" />
      );
    });
    const manager = screen.getByRole("dialog", { name: "Environments" });
    await within(manager).findByRole("table", { name: "Variables of Globals" });
    fireEvent.click(within(manager).getByRole("button", { name: "Export globals" }));
    const dialog = await screen.findByRole("dialog", { name: "Export globals" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Download" }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      "My_space.postman_globals.json",
    );
    const text = await readText(blobs[0] as Blob);
    expect(JSON.parse(text)).toMatchObject({ _postman_variable_scope: "globals" });
    expect(text).toContain("example.test");
    expect(text).not.toContain("g-t0k");
  });
});
