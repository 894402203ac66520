// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { makeEnvironment } from "../../../core/factory";
import { makeTestDeps } from "../../app/testing/fixtures";
import { onceQuery, resetOnceQueries } from "../../app/testing/onceQuery";
import { createEnvironmentsStore } from "../../stores/environments";
import { ManageEnvironmentsDialog } from "../env/ManageEnvironmentsDialog";
import { makeFakeStorage } from "../env/testing/fakeStorage";

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
});
