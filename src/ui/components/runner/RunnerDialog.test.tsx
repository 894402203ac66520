// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { FakeScript } from "../../../core/pipeline/test/fakes";
import { fakeSandbox, fakeTransport } from "../../../core/pipeline/test/fakes";
import { createHost } from "../../host/createHost";
import { HostProvider } from "../../host/hooks";
import { makeFakeRepos } from "../../testing/fakeRepos";
import { makeFixture, makeTestDeps } from "../../testing/fixtures";
import { refreshOnceQueries, onceQuery, resetOnceQueries } from "../../testing/onceQuery";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";
import { requestName } from "../../testing/requestName";

// The app loads this dialog lazily; load it before the tests so they time the UI, not the import.
beforeAll(() => import("./RunnerDialog"));

vi.mock("../../editor/loadCodeEditor", () => ({ loadCodeEditor: () => new Promise(() => {}) }));

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

function setup() {
  const deps = makeTestDeps();
  const fx = makeFixture(deps);
  fx.getUsers.scripts = { prerequest: "", test: "name check" };
  const fake = makeFakeRepos(deps, fx.seed);
  const transport = fakeTransport();
  const scripts: Record<string, FakeScript> = {
    "name check": (ctx, out) =>
      void out.assertions.push({
        name: "name is ada",
        passed: ctx.scopes.data.name === "ada",
        skipped: false,
        location: "request",
      }),
  };
  const sandbox = fakeSandbox(scripts);
  render(() => (
    <HostProvider
      host={createHost(fake.repos, deps, onceQuery, {
        transport,
        sandbox: () => sandbox,
      })}
    >
      <Sidebar />
    </HostProvider>
  ));
  return { fx, fake, transport };
}

async function openRunner(name: string) {
  await screen.findByRole("treeitem", { name: requestName(name) });
  fireEvent.click(screen.getByRole("button", { name: `Actions for ${name}` }));
  fireEvent.click(within(screen.getByRole("menu")).getByRole("menuitem", { name: "Run" }));
  return screen.findByRole("dialog", { name: "Collection runner" });
}

const csv = (text: string) => new File([text], "data.csv", { type: "text/csv" });

describe("RunnerDialog", () => {
  it("runs a folder with a CSV data file and shows progress, counts and results", async () => {
    const { fx, transport, fake } = setup();
    const dialog = await openRunner(fx.folder.name);
    const input = within(dialog).getByLabelText("Data file");
    fireEvent.change(input, { target: { files: [csv("name\nada\nbob\n")] } });
    expect(await within(dialog).findByText("2 rows")).toBeTruthy();
    const preview = within(dialog).getByRole("table", { name: "Data preview" });
    expect(
      within(preview)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["ada", "bob"]);

    fireEvent.click(within(dialog).getByRole("button", { name: "Run" }));
    const bar = within(dialog).getByRole("progressbar", { name: "Run progress" });
    await waitFor(() => expect(fake.calls).toContain("runs.add"));
    expect(bar.getAttribute("aria-valuenow")).toBe("100");
    expect(transport.sent.map((s) => s.request.url)).toEqual([
      "https://example.test/users",
      "https://example.test/users",
    ]);
    expect(dialog.querySelector(".runner-counts")?.textContent).toBe(
      "Requests 2 · Assertions 1 passed, 1 failed",
    );
    const results = within(dialog).getByRole("list", { name: "Run results" });
    // Two iterations × (Get users, Create user: no URL, so a failure).
    expect(within(results).getAllByRole("button", { name: /^Open / })).toHaveLength(4);
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Show only failures" }));
    expect(within(results).getAllByRole("button", { name: /^Open / })).toHaveLength(3);
    expect(within(dialog).getByText(/^p50 5 ms/)).toBeTruthy();
    expect(
      within(dialog).getByRole("button", { name: "Download JSON report" }).hasAttribute("disabled"),
    ).toBe(false);
  });

  it("lists previous runs and compares two of them", async () => {
    const { fx, fake } = setup();
    const dialog = await openRunner(fx.collection.name);
    fireEvent.click(within(dialog).getByRole("button", { name: "Run" }));
    await waitFor(() => expect(fake.runs.size).toBe(1));
    await waitFor(() =>
      expect(within(dialog).getByRole("button", { name: "Run" }).hasAttribute("disabled")).toBe(
        false,
      ),
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Run" }));
    await waitFor(() => expect(fake.runs.size).toBe(2));
    refreshOnceQueries();
    const previous = within(dialog).getByRole("region", { name: "Previous runs" });
    await waitFor(() => expect(within(previous).getAllByRole("checkbox")).toHaveLength(2));
    for (const box of within(previous).getAllByRole("checkbox")) fireEvent.click(box);
    const table = within(previous).getByRole("table", { name: "Run comparison" });
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(rows[1]?.textContent).toContain("Get users");
  });
});
