// @vitest-environment jsdom
import { createRoot } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import type { PrefStorage, SplitOptions } from "./createSplit";
import { createSplit, createStoredChoice, readPref, writePref } from "./createSplit";

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

/** A Map-backed storage, standing in for localStorage. */
function memoryStorage(
  seed: Record<string, string> = {},
): PrefStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(seed));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

/** Storage that throws on every call, as a blocked origin's does. */
const throwing: PrefStorage = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

function split(storage: PrefStorage, over: Partial<SplitOptions> = {}) {
  return createRoot((dispose) => {
    disposers.push(dispose);
    return createSplit({
      key: "k",
      initial: 50,
      min: 20,
      max: 80,
      step: 2,
      bigStep: 10,
      storage,
      ...over,
    });
  });
}

const key = (name: string, shiftKey = false) =>
  new KeyboardEvent("keydown", { key: name, shiftKey });

describe("createSplit", () => {
  it("starts at the stored size, clamped, or at the initial one", () => {
    expect(split(memoryStorage({ k: "64" })).size()).toBe(64);
    expect(split(memoryStorage({ k: "999" })).size()).toBe(80);
    expect(split(memoryStorage({ k: "-3" })).size()).toBe(20);
    expect(split(memoryStorage({ k: "wide" })).size()).toBe(50);
    expect(split(memoryStorage()).size()).toBe(50);
  });

  it("moves by arrow keys, further with Shift, and to the ends with Home/End", () => {
    const storage = memoryStorage();
    const s = split(storage);
    expect(s.keyDown(key("ArrowRight"))).toBe(true);
    expect(s.size()).toBe(52);
    s.keyDown(key("ArrowUp", true));
    expect(s.size()).toBe(42);
    s.keyDown(key("ArrowDown"));
    s.keyDown(key("ArrowLeft"));
    expect(s.size()).toBe(42);
    s.keyDown(key("End"));
    expect(s.size()).toBe(80);
    s.keyDown(key("ArrowRight", true));
    expect(s.size()).toBe(80);
    s.keyDown(key("Home"));
    expect(s.size()).toBe(20);
    expect(storage.data.get("k")).toBe("20");
    expect(s.keyDown(key("a"))).toBe(false);
  });

  it("prevents the page from scrolling on a handled key only", () => {
    const s = split(memoryStorage());
    const arrow = new KeyboardEvent("keydown", { key: "ArrowDown", cancelable: true });
    const letter = new KeyboardEvent("keydown", { key: "x", cancelable: true });
    s.keyDown(arrow);
    s.keyDown(letter);
    expect(arrow.defaultPrevented).toBe(true);
    expect(letter.defaultPrevented).toBe(false);
  });

  it("follows a pointer drag and remembers the size when it is released", () => {
    const storage = memoryStorage();
    const s = split(storage, { min: 100, max: 600, initial: 280 });
    const handle = document.createElement("div");
    document.body.append(handle);
    handle.addEventListener("pointerdown", (e) => s.drag(e, (ev) => ev.clientX));
    // jsdom has no PointerEvent: a MouseEvent with the pointer fields stands in for one.
    const pointer = (type: string, clientX: number) =>
      Object.assign(new MouseEvent(type, { clientX, button: 0, cancelable: true }), {
        pointerId: 1,
        pointerType: "touch",
      });
    handle.dispatchEvent(pointer("pointerdown", 280));
    handle.dispatchEvent(pointer("pointermove", 350.4));
    expect(s.size()).toBe(350);
    expect(storage.data.has("k")).toBe(false);
    handle.dispatchEvent(pointer("pointermove", 5000));
    expect(s.size()).toBe(600);
    handle.dispatchEvent(pointer("pointerup", 5000));
    expect(storage.data.get("k")).toBe("600");
    handle.dispatchEvent(pointer("pointermove", 200));
    expect(s.size()).toBe(600);
    handle.remove();
  });

  it("works, unremembered, when storage throws", () => {
    const s = split(throwing);
    expect(s.size()).toBe(50);
    s.set(70);
    expect(s.size()).toBe(70);
    expect(readPref("k", throwing)).toBeNull();
    expect(() => writePref("k", "1", throwing)).not.toThrow();
  });
});

describe("createStoredChoice", () => {
  it("reads a stored allowed value, else the fallback, and stores changes", () => {
    const storage = memoryStorage({ o: "columns" });
    const [value, set] = createStoredChoice("o", ["rows", "columns"], () => "rows", storage);
    expect(value()).toBe("columns");
    set("rows");
    expect(value()).toBe("rows");
    expect(storage.data.get("o")).toBe("rows");
    const odd = memoryStorage({ o: "diagonal" });
    expect(createStoredChoice("o", ["rows", "columns"], () => "rows", odd)[0]()).toBe("rows");
    expect(createStoredChoice("o", ["rows", "columns"], () => "columns", throwing)[0]()).toBe(
      "columns",
    );
  });
});
