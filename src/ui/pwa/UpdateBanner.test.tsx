// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ServiceWorkerUpdater } from "./registerServiceWorker";
import { UpdateBanner } from "./UpdateBanner";

function fakeUpdater() {
  const [updateAvailable, setUpdateAvailable] = createSignal(false);
  const applyUpdate = vi.fn();
  const updater: ServiceWorkerUpdater = { updateAvailable, applyUpdate };
  return { updater, setUpdateAvailable, applyUpdate };
}

afterEach(cleanup);

describe("UpdateBanner", () => {
  it("stays empty until an update is waiting, then says so", () => {
    const fake = fakeUpdater();
    render(() => <UpdateBanner updater={fake.updater} />);
    expect(screen.getByRole("status").textContent).toBe("");
    expect(screen.queryByRole("button", { name: "Reload to update" })).toBeNull();
    fake.setUpdateAvailable(true);
    expect(screen.getByRole("status").textContent).toContain("Update available");
  });

  it("applies the update only when the user clicks Reload", () => {
    const fake = fakeUpdater();
    fake.setUpdateAvailable(true);
    render(() => <UpdateBanner updater={fake.updater} />);
    expect(fake.applyUpdate).not.toHaveBeenCalled();
    const reload = screen.getByRole("button", { name: "Reload to update" });
    fireEvent.click(reload);
    expect(fake.applyUpdate).toHaveBeenCalledTimes(1);
    expect((reload as HTMLButtonElement).disabled).toBe(true);
  });

  it("hides on Dismiss without updating", () => {
    const fake = fakeUpdater();
    fake.setUpdateAvailable(true);
    render(() => <UpdateBanner updater={fake.updater} />);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Update available")).toBeNull();
    expect(fake.applyUpdate).not.toHaveBeenCalled();
  });

  it("shows nothing with the default updater before registration", () => {
    render(() => <UpdateBanner />);
    expect(screen.getByRole("status").textContent).toBe("");
  });
});
