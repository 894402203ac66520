import { describe, expect, it, vi } from "vitest";
import type { WorkboxLike } from "./registerServiceWorker";
import {
  makeServiceWorkerUpdater,
  NO_UPDATES,
  registerServiceWorker,
} from "./registerServiceWorker";

/** A Workbox stand-in whose events the test fires by hand. */
function fakeWorkbox() {
  const listeners: Record<string, (() => void)[]> = {};
  const wb: WorkboxLike & { fire(type: string): void } = {
    addEventListener: (type, listener) => (listeners[type] ??= []).push(listener),
    messageSkipWaiting: vi.fn(),
    fire: (type) => listeners[type]?.forEach((l) => l()),
  };
  return wb;
}

describe("makeServiceWorkerUpdater", () => {
  it("raises updateAvailable when a new version is waiting", () => {
    const wb = fakeWorkbox();
    const updater = makeServiceWorkerUpdater(wb, vi.fn());
    expect(updater.updateAvailable()).toBe(false);
    wb.fire("waiting");
    expect(updater.updateAvailable()).toBe(true);
  });

  it("never reloads on the first install's controlling event", () => {
    const wb = fakeWorkbox();
    const reload = vi.fn();
    makeServiceWorkerUpdater(wb, reload);
    wb.fire("controlling");
    expect(reload).not.toHaveBeenCalled();
  });

  it("applyUpdate asks the waiting worker to skip waiting, then reloads once it controls", () => {
    const wb = fakeWorkbox();
    const reload = vi.fn();
    const updater = makeServiceWorkerUpdater(wb, reload);
    updater.applyUpdate();
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    wb.fire("waiting");
    updater.applyUpdate();
    updater.applyUpdate();
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    wb.fire("controlling");
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe("registerServiceWorker", () => {
  it("registers nothing outside production builds", async () => {
    expect(import.meta.env.PROD).toBe(false);
    expect(await registerServiceWorker()).toBe(NO_UPDATES);
  });
});
