import { describe, expect, it } from "vitest";
import { makeYielder } from "./yielder";

const microtasks = async (n = 5) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe("makeYielder", () => {
  it("settles at once within the budget, and only in a new task after it", async () => {
    let t = 0;
    const breathe = makeYielder(8, () => t);
    t = 5;
    let within = false;
    void breathe().then(() => (within = true));
    await microtasks();
    expect(within).toBe(true);

    t = 9;
    let after = false;
    const waited = breathe().then(() => (after = true));
    await microtasks();
    expect(after).toBe(false);
    await waited;
    expect(after).toBe(true);
  });
});
