import { afterAll, describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

describe("makeQuickJsSandbox basics", () => {
  it("runs a test script with pm.test and pm.expect", async () => {
    const r = await sandbox.run(
      "test",
      one(`pm.test("status is 200", () => pm.response.to.have.status(200));
pm.test("name", function () { pm.expect(pm.response.json().name).to.eql("Ada"); });
pm.test("fails", () => pm.expect(1).to.equal(2));`),
      makeContext("test"),
    );
    expect(r.errors).toEqual([]);
    expect(r.assertions.map((a) => [a.name, a.passed])).toEqual([
      ["status is 200", true],
      ["name", true],
      ["fails", false],
    ]);
    expect(r.assertions[2]?.error).toEqual({
      name: "AssertionError",
      message: "expected 1 to equal 2",
    });
  });

  it("returns variable changes and console output", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(
        `pm.environment.set("token", "abc"); pm.variables.set("n", 5); console.log("hi", {a: 1}, [1,2]);`,
      ),
      makeContext("prerequest"),
    );
    expect(r.errors).toEqual([]);
    expect(r.scopes.environment.token).toBe("abc");
    expect(r.scopes.local.n).toBe(5);
    expect(r.console[0]).toMatchObject({
      level: "log",
      args: ["hi", '{"a":1}', "[1,2]"],
      location: "request",
    });
  });

  it("keeps each console argument's type, and numbers reports in order across stages", async () => {
    const pre = await sandbox.run(
      "prerequest",
      one(`console.log(200, true, null, undefined, "s", { a: [1] }, new Error("e"), NaN);`),
      makeContext("prerequest"),
    );
    expect(pre.console[0]?.args).toEqual([
      "200",
      "true",
      "null",
      "undefined",
      "s",
      '{"a":[1]}',
      "Error: e",
      "NaN",
    ]);
    expect(pre.console[0]?.values).toEqual([
      { t: "number", v: 200 },
      { t: "boolean", v: true },
      { t: "null" },
      { t: "undefined" },
      { t: "string", v: "s" },
      {
        t: "object",
        id: 1,
        entries: [["a", { t: "array", id: 2, items: [{ t: "number", v: 1 }] }]],
      },
      { t: "error", name: "Error", message: "e" },
      { t: "number", v: "NaN" },
    ]);
    const test = await sandbox.run(
      "test",
      one(
        `console.log("a"); pm.test("one", () => {}); console.log("b"); pm.test("two", () => {});`,
      ),
      makeContext("test"),
    );
    const order = [...test.console, ...test.assertions]
      .sort((x, y) => (x.seq ?? 0) - (y.seq ?? 0))
      .map((r) => ("level" in r ? r.args[0] : r.name));
    expect(order).toEqual(["a", "one", "b", "two"]);
    expect(test.console[0]?.seq).toBeGreaterThan(pre.console[0]?.seq ?? Infinity);
  });

  it("reports a runtime error with the user's line", async () => {
    const r = await sandbox.run(
      "prerequest",
      one("let a = 1;\n\nnull.x;"),
      makeContext("prerequest"),
    );
    expect(r.errors).toEqual([
      expect.objectContaining({ code: "RUNTIME", line: 3, location: "request" }),
    ]);
  });

  it("stamps console entries with the injected clock and resolves dynamic variables", async () => {
    const own = makeQuickJsSandbox({ clock: makeFixedClock(1234), random: makeSeededRandom(1) });
    const r = await own.run(
      "prerequest",
      one(`console.info(pm.variables.replaceIn("{{$randomInt}}|{{$guid}}|{{baseUrl}}"));`),
      makeContext("prerequest"),
    );
    own.dispose();
    const [n, guid, base] = r.console[0]!.args[0]!.split("|");
    expect(r.console[0]).toMatchObject({ level: "info", at: 1234 });
    expect(Number(n)).toBeGreaterThanOrEqual(0);
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(base).toBe("https://api.example.com");
  });

  it("reads a big response body only when a script asks for it", async () => {
    const big = "€".repeat(3 * 1024 * 1024);
    const context = makeContext("test", { memoryLimitBytes: 4 * 1024 * 1024 });
    context.response = { ...context.response!, bodyText: big };
    const untouched = await sandbox.run(
      "test",
      one(`pm.test("code", () => pm.expect(pm.response.code).to.equal(200));`),
      context,
    );
    expect(untouched.errors).toEqual([]);
    expect(untouched.assertions[0]?.passed).toBe(true);
    const read = await sandbox.run("test", one(`console.log(pm.response.text().length);`), context);
    expect(read.errors.map((e) => e.code)).toEqual(["OUT_OF_MEMORY"]);
  });

  it("decodes the body from its bytes when the host sends no text (UTF-8, on first read)", async () => {
    const context = makeContext("test");
    const { bodyText: _text, ...bytesOnly } = context.response!;
    context.response = { ...bytesOnly, body: new TextEncoder().encode('{"name":"Zoë"}') };
    const r = await sandbox.run(
      "test",
      one(`pm.test("text", () => pm.expect(pm.response.json().name).to.equal("Zoë"));
console.log(pm.response.text());`),
      context,
    );
    expect(r.assertions.map((a) => a.passed)).toEqual([true]);
    expect(r.console.map((c) => c.args.join(" "))).toEqual(['{"name":"Zoë"}']);
  });

  it("reports a stage whose context does not fit in memory and runs the next one", async () => {
    const context = makeContext("prerequest", { memoryLimitBytes: 2 * 1024 * 1024 });
    context.scopes = { ...context.scopes, environment: { huge: "é".repeat(2 * 1024 * 1024) } };
    const r = await sandbox.run("prerequest", one(`pm.test("never", () => {});`), context);
    expect(r.errors).toEqual([
      expect.objectContaining({ code: "OUT_OF_MEMORY", location: "request" }),
    ]);
    expect(r.assertions).toEqual([]);
    const next = await sandbox.run(
      "prerequest",
      one(`pm.globals.set("ok", 1);`),
      makeContext("prerequest"),
    );
    expect(next.scopes.globals.ok).toBe(1);
  });

  it("starts every run in a fresh context, also after dispose", async () => {
    const own = makeQuickJsSandbox();
    const probe = one(`console.log(typeof leaked);`);
    await own.run("prerequest", one(`leaked = 1;`), makeContext("prerequest"));
    const next = await own.run("prerequest", probe, makeContext("prerequest"));
    own.dispose();
    const fresh = await own.run("prerequest", probe, makeContext("prerequest"));
    own.dispose();
    expect(next.console[0]?.args).toEqual(["undefined"]);
    expect(fresh.console[0]?.args).toEqual(["undefined"]);
  });
});
