import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import { makeCollection, makeRequest } from "../factory";
import { fakeTransport } from "../pipeline/test/fakes";
import { runCollection } from "./runCollection";
import type { RunEvent } from "./types";

function input() {
  const deps = { clock: makeFixedClock(1), random: makeSeededRandom(1) };
  const collection = makeCollection(deps, { workspaceId: "w", name: "Col" });
  const requests = ["A", "B", "C"].map((name, sort) =>
    makeRequest(deps, { collectionId: collection.id, name, sort, url: `http://x/${name}` }),
  );
  return { collection, folders: [], requests, options: {}, transport: fakeTransport(), deps };
}

describe("runCollection pause hook", () => {
  it("waits on pause() before each request and goes on when it settles", async () => {
    const events: string[] = [];
    let release: () => void = () => undefined;
    let reached: () => void = () => undefined;
    const pausedAtB = new Promise<void>((resolve) => (reached = resolve));
    let calls = 0;
    const pause = () => {
      calls++;
      if (calls !== 2) return Promise.resolve();
      events.push("paused");
      reached();
      return new Promise<void>((resolve) => (release = resolve));
    };
    const done = runCollection({ ...input(), pause }, (e: RunEvent) => {
      if (e.type === "item") events.push(e.request.name);
    });
    await pausedAtB;
    expect(events).toEqual(["A", "paused"]);
    release();
    const result = await done;
    expect(events).toEqual(["A", "paused", "B", "C"]);
    expect(result.ok && result.value.stats.items.total).toBe(3);
  });

  it("stops as aborted when the signal fires while paused, without sending", async () => {
    const controller = new AbortController();
    const names: string[] = [];
    let calls = 0;
    const pause = async () => {
      if (++calls === 2) controller.abort();
    };
    const base = input();
    const result = await runCollection(
      { ...base, pause, signal: controller.signal },
      (e: RunEvent) => void (e.type === "item" && names.push(e.request.name)),
    );
    expect(names).toEqual(["A"]);
    expect(result.ok && result.value.stopped).toBe("aborted");
  });
});
