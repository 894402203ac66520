// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { makeEnvironment } from "../../../core/factory";
import { makeTestDeps } from "../../testing/fixtures";
import { onceQuery, resetOnceQueries } from "../../testing/onceQuery";
import { ACTIVE_ENVIRONMENT_KEY, createEnvironmentsStore } from "../../stores/environments";
import { clearToasts } from "../../stores/toasts";
import { Toasts } from "../common/Toasts";
import { EnvironmentPicker } from "./EnvironmentPicker";
import { makeFakeStorage } from "../../testing/fakeStorage";

afterEach(() => {
  cleanup();
  resetOnceQueries();
  clearToasts();
});

function setup(active?: string) {
  const deps = makeTestDeps();
  const prod = makeEnvironment(deps, { workspaceId: "ws", name: "Prod" });
  const dev = makeEnvironment(deps, {
    workspaceId: "ws",
    name: "Dev",
    variables: [{ key: "host", value: "dev.test", type: "default", enabled: true }],
  });
  const storage = makeFakeStorage({ environments: [prod, dev] });
  if (active) storage.settings.set(ACTIVE_ENVIRONMENT_KEY, active === "prod" ? prod.id : dev.id);
  render(() => {
    const store = createEnvironmentsStore({
      repos: storage.repos,
      deps,
      live: onceQuery,
      workspaceId: async () => "ws",
    });
    return (
      <>
        <EnvironmentPicker store={store} />
        <Toasts />
      </>
    );
  });
  return { storage, prod, dev };
}

const picker = () => screen.getByRole("combobox", { name: "Environment" }) as HTMLSelectElement;
const openManager = async () => {
  fireEvent.click(screen.getByRole("button", { name: "Manage environments" }));
  return screen.findByRole("dialog", { name: "Environments" });
};

describe("EnvironmentPicker", () => {
  it("lists environments by name and persists the selection", async () => {
    const { storage, prod } = setup();
    await screen.findByRole("option", { name: "Prod" });
    const names = within(picker())
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(names).toEqual(["No environment", "Dev", "Prod"]);
    expect(picker().value).toBe("");
    fireEvent.change(picker(), { target: { value: prod.id } });
    await waitFor(() => expect(storage.settings.get(ACTIVE_ENVIRONMENT_KEY)).toBe(prod.id));
    fireEvent.change(picker(), { target: { value: "" } });
    await waitFor(() => expect(storage.settings.get(ACTIVE_ENVIRONMENT_KEY)).toBeNull());
  });

  it("starts on the stored active environment", async () => {
    const { prod } = setup("prod");
    await waitFor(() => expect(picker().value).toBe(prod.id));
  });

  it("creates an environment and stores a typed secret variable on close", async () => {
    const { storage } = setup();
    const dialog = await openManager();
    fireEvent.click(within(dialog).getByRole("button", { name: "New environment" }));
    const item = await within(dialog).findByRole("button", {
      name: "New environment",
      current: true,
    });
    expect(item.getAttribute("aria-current")).toBe("true");
    const name = within(dialog).getByRole("textbox", { name: "Environment name" });
    expect((name as HTMLInputElement).value).toBe("New environment");
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: "Staging" } });
    fireEvent.keyDown(name, { key: "Enter" });
    await within(dialog).findByRole("button", { name: "Staging", current: true });
    const keys = within(dialog).getAllByRole("textbox", { name: "Variable" });
    expect(keys).toHaveLength(1);
    fireEvent.input(keys[0]!, { target: { value: "token" } });
    const value = within(dialog).getAllByLabelText("Value")[0] as HTMLInputElement;
    fireEvent.input(value, { target: { value: "s3cret" } });
    expect(within(dialog).getAllByRole("textbox", { name: "Variable" })).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole("checkbox", { name: "Secret token" }));
    expect(value.type).toBe("password");
    fireEvent.click(within(dialog).getByRole("button", { name: "Show value" }));
    expect(value.type).toBe("text");
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog", { name: "Environments" })).toBeNull();
    await waitFor(() => {
      const env = [...storage.environments.values()].find((e) => e.name === "Staging");
      expect(env?.variables).toEqual([
        { key: "token", value: "s3cret", type: "secret", enabled: true },
      ]);
    });
  });

  it("deletes an environment with undo", async () => {
    const { storage, dev } = setup("dev");
    await waitFor(() => expect(picker().value).toBe(dev.id));
    const dialog = await openManager();
    expect(within(dialog).getByRole("button", { name: "Dev" }).getAttribute("aria-current")).toBe(
      "true",
    );
    expect(within(dialog).getAllByRole("textbox", { name: "Variable" })[0]).toHaveProperty(
      "value",
      "host",
    );
    fireEvent.click(within(dialog).getByRole("button", { name: "Actions for Dev" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Delete" }));
    await waitFor(() => expect(storage.environments.has(dev.id)).toBe(false));
    await waitFor(() => expect(within(dialog).queryByRole("button", { name: "Dev" })).toBeNull());
    expect(storage.settings.get(ACTIVE_ENVIRONMENT_KEY)).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(storage.environments.get(dev.id)?.name).toBe("Dev"));
    await within(dialog).findByRole("button", { name: "Dev" });
    await waitFor(() => expect(storage.settings.get(ACTIVE_ENVIRONMENT_KEY)).toBe(dev.id));
  });

  it("edits globals and shows a failed save as an error toast", async () => {
    const { storage } = setup();
    const dialog = await openManager();
    fireEvent.click(within(dialog).getByRole("button", { name: "Globals" }));
    await within(dialog).findByRole("table", { name: "Variables of Globals" });
    storage.failNext = { error: { code: "QUOTA_EXCEEDED" } };
    const key = within(dialog).getByRole("textbox", { name: "Variable" });
    fireEvent.input(key, { target: { value: "g" } });
    fireEvent.blur(key);
    expect(await screen.findByText(/Couldn't save the globals\. Storage is full/)).toBeTruthy();
    fireEvent.input(within(dialog).getAllByRole("textbox", { name: "Variable" })[0]!, {
      target: { value: "global" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    await waitFor(() =>
      expect(storage.globals.row.variables.map((v) => v.key)).toEqual(["global"]),
    );
  });
});
