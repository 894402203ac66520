import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./idleQueue";

afterEach(() => vi.useRealTimers());

describe("whenIdle", () => {
  it("runs queued tasks in order, one per idle period", () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    for (const n of [1, 2, 3]) whenIdle(() => ran.push(n));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([1]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([1, 2]);
    vi.runAllTimers();
    expect(ran).toEqual([1, 2, 3]);
    whenIdle(() => ran.push(4));
    vi.runAllTimers();
    expect(ran).toEqual([1, 2, 3, 4]);
  });
});
