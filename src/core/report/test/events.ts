/** Run events for the report tests: a passing item, a failing one, an unanswered one. */
import type { ItemEvent, RunEvent, RunSummary } from "../../runner/types";
import { makeScopes } from "../../variables/scopes";

/** One item event named `name`; its assertion passes or fails. */
export const item = (name: string, passed: boolean, index = 0): ItemEvent => ({
  type: "item",
  iteration: 0,
  index,
  request: { id: `id-${name}`, name },
  path: ["Folder"],
  bodySize: 2,
  failed: !passed,
  result: {
    http: { method: "GET", url: "http://x/?q=<b>", headers: [["a", "b"]] },
    result: {
      ok: true,
      response: {
        status: 200,
        statusText: "OK",
        headers: [["content-type", "text/plain"]],
        body: new TextEncoder().encode("hi"),
        timeMs: 4,
        url: "http://x/",
        redirected: false,
      },
    },
    assertions: [
      {
        name: `${name} <check>`,
        passed,
        skipped: false,
        location: "request",
        ...(passed ? {} : { error: { name: "AssertionError", message: "expected 1 & 2" } }),
      },
    ],
    console: [],
    scopes: makeScopes(),
    skipped: false,
    errors: [],
    unresolved: [],
    warnings: [],
  },
});

/** An item whose request got no answer. */
export const unanswered = (index: number): ItemEvent => {
  const base = item("Down", true, index);
  return {
    ...base,
    failed: true,
    result: {
      ...base.result,
      assertions: [],
      result: { ok: false, error: { code: "NETWORK", message: "connect ECONNREFUSED" } },
    },
  };
};

/** The summary of the three items above. */
export const summary: RunSummary = {
  stats: {
    iterations: 1,
    items: { total: 3, failed: 2, skipped: 0 },
    requests: { total: 3, failed: 1 },
    assertions: { total: 2, failed: 1, skipped: 0 },
    scriptErrors: 0,
  },
  timings: {
    started: 0,
    completed: 9,
    responseTotal: 8,
    responseMin: 4,
    responseMax: 4,
    responseCount: 2,
  },
  scopes: makeScopes(),
  failed: true,
};

/** A whole run: start, iteration, A (passes), B (fails), Down (no answer), done. */
export const events: RunEvent[] = [
  { type: "start", collection: { id: "c", name: "Col <&>" }, iterations: 1, items: 3 },
  { type: "iteration", index: 0, count: 1, data: {} },
  item("A", true, 0),
  item("B", false, 1),
  unanswered(2),
  { type: "done", summary },
];
