/**
 * The assertion fast path (guest/fastAssert.ts) must be indistinguishable from chai: the same
 * outcome and the same message for every case, whether it passes, fails or is negated.
 */
import { afterAll, describe, expect, it } from "vitest";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

const run = (code: string) => sandbox.run("test", one(code), makeContext("test"));

/** Guest cases: each gets `expect` (pm.expect or chai's own) and the response. */
const CASES = [
  "e(1).to.equal(1)",
  "e(1).to.equal(2)",
  "e(1).to.not.equal(1)",
  "e(1).not.to.equal(2)",
  'e("a").to.eq("b")',
  "e({ a: 1 }).to.equals({ a: 1 })",
  "e({ a: 1 }).to.deep.equal({ a: 1 })",
  "e({ a: 1 }).to.deep.equal({ a: 2 })",
  "e({ a: [1, 2] }).to.eql({ a: [1, 2] })",
  "e({ a: [1, 2] }).to.eql({ a: [2, 1] })",
  "e([1]).to.not.eql([1])",
  'e(1, "my message").to.equal(2)',
  'e(1).to.equal(2, "my message")',
  'e({ a: 1 }).to.eql({ a: 2 }, "why")',
  "e(true).to.be.true",
  "e(1).to.be.true",
  "e(false).to.be.false",
  "e(0).to.be.false",
  "e(null).to.be.null",
  "e(0).to.be.null",
  "e(undefined).to.be.undefined",
  "e(null).to.not.be.undefined",
  "e(null).to.exist",
  "e(0).to.exist",
  "e(0).to.be.ok",
  "e(1).to.be.ok",
  "e(1).to.not.be.ok",
  'e("abc").to.be.a("string").and.have.lengthOf(3)',
  'e({ a: 1 }).to.be.an("object").that.has.property("a", 2)',
  "e([1, 2, 3]).to.include(2).and.not.include(5)",
  "e(5).to.be.above(3).and.below(4)",
  "e(r).to.have.status(200)",
  "e(r).to.have.status(404)",
  'e(r).to.have.status("OK")',
  'e(r).to.have.status("Not Found")',
  "e(r).to.not.have.status(200)",
  'e(r).to.have.header("content-type")',
  'e(r).to.have.header("x-missing")',
  'e(r).to.have.header("Content-Type", "application/json; charset=utf-8")',
  'e(r).to.have.header("Content-Type", "text/plain")',
  'e(r).to.not.have.header("x-missing")',
  "e(r).to.be.json",
  "e(r).to.be.ok",
  "e(r).to.be.success",
  "e(r).to.be.notFound",
  "e(r).to.not.be.clientError",
  "e(r).to.have.status(200).and.have.header('content-type')",
  "e(r.json()).to.have.property('tags').that.eql(['a', 'b'])",
  "e(true).to.be.tru",
  "e(1).to.equall(1)",
  "e(r).to.be.html",
  "e(r).to.have.statuss(200)",
  "e(1).to.be.somethingelse",
  "e(1).then",
];

const COMPARE = `
var chai = require("chai");
var cases = [${CASES.map((c) => `function (e, r) { ${c}; }`).join(",\n")}];
function outcome(f, e) {
  try { f(e, pm.response); return "passes"; } catch (err) { return (err && err.name) + ": " + (err && err.message); }
}
cases.forEach(function (f, i) {
  console.log(JSON.stringify([i, outcome(f, pm.expect), outcome(f, chai.expect)]));
});`;

describe("the assertion fast path", () => {
  it("gives chai's outcome and message in every case", async () => {
    const r = await run(COMPARE);
    expect(r.errors).toEqual([]);
    const rows = r.console.map((c) => JSON.parse(c.args[0]!) as [number, string, string]);
    expect(rows).toHaveLength(CASES.length);
    for (const [i, fast, slow] of rows) {
      expect({ case: CASES[i], outcome: fast }).toEqual({ case: CASES[i], outcome: slow });
    }
    const outcomes = rows.map(([, fast]) => fast);
    expect(outcomes.filter((o) => o === "passes").length).toBeGreaterThan(10);
    expect(outcomes).toContain("AssertionError: expected 1 to equal 2");
    expect(outcomes).toContain("AssertionError: my message: expected 1 to equal 2");
    expect(outcomes).toContain(
      "AssertionError: expected response to have status code 404 but got 200",
    );
    expect(outcomes).toContain('Error: Invalid Chai property: tru. Did you mean "true"?');
    expect(outcomes).toContain("Error: Invalid Chai property: somethingelse");
  });

  it("keeps a reused assertion's flags apart, as chai's chain copies do", async () => {
    const r = await run(`
var e = pm.expect({ a: 1 });
pm.test("deep", function () { e.to.deep.equal({ a: 1 }); });
pm.test("then strict", function () { e.to.equal({ a: 1 }); });
var n = pm.response.to;
pm.test("negated", function () { n.not.have.status(404); });
pm.test("not negated", function () { n.have.status(200); });`);
    expect(r.assertions.map((a) => [a.name, a.passed])).toEqual([
      ["deep", true],
      ["then strict", false],
      ["negated", true],
      ["not negated", false],
    ]);
  });

  it("steps aside once a script adds its own chai plugin", async () => {
    // Its own sandbox: chai (and so the plugin) is shared by every script of a context.
    const own = makeQuickJsSandbox();
    const code = `
require("chai").use(function (chai) {
  chai.Assertion.overwriteMethod("equal", function (_super) {
    return function (v) { if (v === "anything") return; return _super.apply(this, arguments); };
  });
});
pm.test("plugin", function () { pm.expect(5).to.equal("anything"); });
pm.test("still chai", function () { pm.expect(5).to.equal(6); });`;
    const r = await own.run("test", one(code), makeContext("test")).finally(() => own.dispose());
    expect(r.assertions.map((a) => [a.name, a.passed, a.error?.message])).toEqual([
      ["plugin", true, undefined],
      ["still chai", false, "expected 5 to equal 6"],
    ]);
  });

  it("keeps pm.expect.fail and frozen API objects", async () => {
    const r = await run(`
pm.test("fails", function () { pm.expect.fail("boom"); });
pm.test("frozen", function () {
  pm.expect(Object.isFrozen(pm.expect)).to.be.true;
  pm.expect(Object.isFrozen(Object.getPrototypeOf(pm.response.to))).to.be.true;
});`);
    expect(r.assertions.map((a) => [a.name, a.passed, a.error?.message])).toEqual([
      ["fails", false, "boom"],
      ["frozen", true, undefined],
    ]);
  });
});
