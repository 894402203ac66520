import { describe, expect, it } from "vitest";
import { relativeTime, statusClass } from "./relativeTime";

const NOW = Date.UTC(2024, 4, 20, 12, 0, 0);

describe("relativeTime", () => {
  it("rounds down to the largest unit under a week", () => {
    expect(relativeTime(NOW - 59_000, NOW)).toBe("just now");
    expect(relativeTime(NOW + 5_000, NOW)).toBe("just now");
    expect(relativeTime(NOW - 5 * 60_000 - 1, NOW)).toBe("5 min ago");
    expect(relativeTime(NOW - 3 * 3_600_000, NOW)).toBe("3 h ago");
    expect(relativeTime(NOW - 2 * 86_400_000, NOW)).toBe("2 d ago");
  });

  it("shows the date for entries older than a week", () => {
    expect(relativeTime(Date.UTC(2024, 0, 2, 9), NOW)).toBe("2024-01-02");
  });
});

describe("statusClass", () => {
  it("groups by hundreds and marks missing statuses as errors", () => {
    expect(statusClass(204)).toBe("status-2xx");
    expect(statusClass(404)).toBe("status-4xx");
    expect(statusClass(503)).toBe("status-5xx");
    expect(statusClass(undefined)).toBe("status-error");
    expect(statusClass(0)).toBe("status-error");
  });
});
