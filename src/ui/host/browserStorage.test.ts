import { afterEach, describe, expect, it, vi } from "vitest";

async function freshModule() {
  vi.resetModules();
  return import("./browserStorage");
}

afterEach(() => vi.unstubAllGlobals());

describe("requestPersistence", () => {
  it("asks the browser once, and only when storage is not yet persisted", async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal("navigator", { storage: { persisted: async () => false, persist } });
    const { requestPersistence } = await freshModule();
    expect(await requestPersistence()).toBe(true);
    expect(await requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it("does not ask when already persisted, and is false without the API", async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal("navigator", { storage: { persisted: async () => true, persist } });
    expect(await (await freshModule()).requestPersistence()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
    vi.stubGlobal("navigator", {});
    expect(await (await freshModule()).requestPersistence()).toBe(false);
  });
});

describe("appDeps", () => {
  it("makes distinct v4 uuids", async () => {
    const { appDeps } = await freshModule();
    const a = appDeps.random.uuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(appDeps.random.uuid()).not.toBe(a);
  });
});
