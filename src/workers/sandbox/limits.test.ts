import { afterAll, describe, expect, it } from "vitest";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

const ok = async () => {
  const r = await sandbox.run(
    "prerequest",
    one(`pm.environment.set("after", 1 + 1);`),
    makeContext("prerequest"),
  );
  expect(r.errors).toEqual([]);
  expect(r.scopes.environment.after).toBe(2);
};

describe("limits", () => {
  it("stops an endless loop at the deadline, then runs normal scripts", async () => {
    const started = performance.now();
    const r = await sandbox.run(
      "prerequest",
      one("while (true) {}"),
      makeContext("prerequest", { timeoutMs: 300 }),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.errors).toEqual([
      { code: "TIMEOUT", message: "script timed out after 0.3 s", location: "request" },
    ]);
    await ok();
  });

  it("stops an endless async loop and a never-ending interval", async () => {
    const r1 = await sandbox.run(
      "prerequest",
      one("setInterval(() => {}, 5);"),
      makeContext("prerequest", { timeoutMs: 200 }),
    );
    expect(r1.errors.map((e) => e.code)).toEqual(["TIMEOUT"]);
    const r2 = await sandbox.run(
      "prerequest",
      one("for (;;) { await Promise.resolve(); }"),
      makeContext("prerequest", { timeoutMs: 200 }),
    );
    expect(r2.errors.map((e) => e.code)).toEqual(["TIMEOUT"]);
    await ok();
  });

  it("reports OUT_OF_MEMORY for a memory bomb", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(
        'pm.test("before", () => {}); const a = []; for (;;) a.push([1, 2, 3, 4, 5, 6, 7, 8, 9, a.length]);',
      ),
      makeContext("prerequest", { timeoutMs: 5000, memoryLimitBytes: 8 * 1024 * 1024 }),
    );
    expect(r.errors.map((e) => e.code)).toEqual(["OUT_OF_MEMORY"]);
    // Results come back with the stage's end report, which still runs after the limit.
    expect(r.assertions.map((a) => [a.name, a.passed])).toEqual([["before", true]]);
    await ok();
  });

  it("reports OUT_OF_MEMORY for string doubling", async () => {
    const r = await sandbox.run(
      "prerequest",
      one("let s = 'x'; for (;;) s = s + s;"),
      makeContext("prerequest", { timeoutMs: 5000, memoryLimitBytes: 8 * 1024 * 1024 }),
    );
    expect(r.errors.map((e) => e.code)).toEqual(["OUT_OF_MEMORY"]);
    await ok();
  });

  it("reports STACK_OVERFLOW for deep recursion", async () => {
    const r = await sandbox.run(
      "prerequest",
      one("function f(n) { return f(n + 1) + 1; }\nf(0);"),
      makeContext("prerequest"),
    );
    expect(r.errors.map((e) => e.code)).toEqual(["STACK_OVERFLOW"]);
    await ok();
  });

  it("keeps changes made before a limit and runs the next script of the stage", async () => {
    const r = await sandbox.run(
      "test",
      [
        {
          location: "collection",
          code: `pm.environment.set("first", "yes"); pm.test("before", () => {}); while (true) {}`,
        },
        {
          location: "request",
          code: `pm.test("next script", () => pm.expect(pm.environment.get("first")).to.equal("yes"));`,
        },
      ],
      makeContext("test", { timeoutMs: 300 }),
    );
    expect(r.errors).toEqual([
      expect.objectContaining({ code: "TIMEOUT", location: "collection" }),
    ]);
    expect(r.assertions.map((a) => [a.name, a.passed, a.location])).toEqual([
      ["before", true, "collection"],
      ["next script", true, "request"],
    ]);
    expect(r.scopes.environment.first).toBe("yes");
  });

  it("reports a syntax error with its line", async () => {
    const r = await sandbox.run(
      "prerequest",
      one("const a = 1;\nconst b = ;\n"),
      makeContext("prerequest"),
    );
    expect(r.errors).toEqual([
      expect.objectContaining({ code: "SYNTAX", line: 2, location: "request" }),
    ]);
  });
});
