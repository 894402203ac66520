import { describe, expect, it } from "vitest";
import { KNOWN_DIFFERENCES, normalise } from "./knownDifferences";
import type { Observation } from "./types";

const observation = (): Observation => ({
  executions: [
    {
      name: "r",
      iteration: 0,
      sent: true,
      scriptErrors: [],
      assertions: [
        { name: "skip", passed: false, skipped: true },
        {
          name: "schema",
          passed: false,
          skipped: false,
          error: "expected data to satisfy schema but found following errors: \ndata must be array",
        },
      ],
      console: [
        { level: "warn", text: 'Using "tests" is deprecated. Use "pm.test()" instead.' },
        { level: "warn", text: "mine" },
      ],
    },
  ],
  environment: { disabledEnv: "off", kept: 1 },
  globals: {},
});

describe("normalise", () => {
  it("applies every known difference and relaxes nothing else", () => {
    const [r] = normalise(observation()).executions;
    expect(r?.console).toEqual([{ level: "warn", text: "mine" }]);
    expect(r?.assertions[0]).toEqual({ name: "skip", passed: false, skipped: true });
    // ajv 8's "must" is no longer relaxed: the sandbox now words schema failures as ajv 6 does.
    expect(r?.assertions[1]?.error).toMatch(/data must be array$/);
    expect(normalise(observation()).environment).toEqual({ kept: 1 });
  });

  it("gives every difference an id and a reason", () => {
    for (const d of KNOWN_DIFFERENCES) {
      expect(d.id).toMatch(/^[a-z0-9-]+$/);
      expect(d.reason.length).toBeGreaterThan(40);
    }
  });
});
