import { afterEach, describe, expect, it, vi } from "vitest";
import { echoFetch } from "./echoFallback";

const URL_BASE = "https://satchel.example/echo";

afterEach(() => vi.useRealTimers());

describe("echoFetch", () => {
  it("answers /echo/status/<code> with that status", async () => {
    const res = await echoFetch(`${URL_BASE}/status/418`, { method: "GET" });
    expect(res.status).toBe(418);
    expect(res.headers.get("content-type")).toBe("application/json");
  });

  it("waits for /echo/delay/<ms> and rejects when aborted meanwhile", async () => {
    vi.useFakeTimers();
    const done = vi.fn();
    const slow = echoFetch(`${URL_BASE}/delay/500`, { method: "GET" }).then(done);
    await vi.advanceTimersByTimeAsync(499);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
    await slow;

    const controller = new AbortController();
    const pending = echoFetch(`${URL_BASE}/delay/500`, { signal: controller.signal });
    const settled = expect(pending).rejects.toBeDefined();
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await settled;
  });
});
