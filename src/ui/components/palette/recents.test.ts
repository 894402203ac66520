import { describe, expect, it } from "vitest";
import { RECENTS_KEY, RECENTS_MAX, makeRecents } from "./recents";

function memory(initial?: string) {
  const data = new Map<string, string>(initial ? [[RECENTS_KEY, initial]] : []);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe("recents", () => {
  it("keeps the newest first, once each, at most RECENTS_MAX", () => {
    const recents = makeRecents(memory());
    for (let i = 0; i < RECENTS_MAX + 2; i++) recents.add(`k${i}`);
    recents.add("k5");
    const list = recents.list();
    expect(list[0]).toBe("k5");
    expect(list).toHaveLength(RECENTS_MAX);
    expect(new Set(list).size).toBe(list.length);
  });

  it("reads nothing from a broken or missing store, and survives a refusing one", () => {
    expect(makeRecents(memory("{not json")).list()).toEqual([]);
    expect(makeRecents(memory('{"a":1}')).list()).toEqual([]);
    expect(makeRecents(null).list()).toEqual([]);
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(() => makeRecents(refusing).add("x")).not.toThrow();
  });
});
