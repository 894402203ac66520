/**
 * Console arguments as an attacker would log them: Proxies whose every trap throws, throwing
 * getters, cycles, endless toJSON chains, huge and deep objects, a replaced channel. Logging must
 * never throw in the guest, each call's typed values (ConsoleValue) stay under their cap, and the
 * host drops values whose shape is off (the entry keeps its text).
 */
import { afterAll, describe, expect, it } from "vitest";
import type { ConsoleValue } from "../../core/sandbox/types";
import { CONSOLE_VALUES_LIMIT, parseConsoleValues } from "./consoleValues";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

const run = (code: string) =>
  sandbox.run("prerequest", one(code), makeContext("prerequest", { timeoutMs: 20_000 }));

describe("console.log of hostile values", () => {
  it("never throws on Proxies, throwing getters or a revoked Proxy", async () => {
    const r = await run(`
      const trap = () => { throw new Error("trap"); };
      const evil = new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap,
        getOwnPropertyDescriptor: trap });
      const { proxy, revoke } = Proxy.revocable({ a: 1 }, {}); revoke();
      const getter = { get boom() { throw new Error("getter"); }, ok: 1 };
      const arr = new Proxy([1, 2], { get: trap });
      const liar = new Proxy([], { get: (t, k) => (k === "length" ? 1e20 : undefined) });
      console.log(evil, proxy, getter, arr, liar);
      console.log("after");
    `);
    expect(r.errors).toEqual([]);
    // A call of strings only sends no values: its text is its values.
    expect(r.console.map((c) => c.values?.length)).toEqual([5, undefined]);
    const liar = r.console[0]?.values?.[4];
    expect(liar?.t === "array" && [liar.items.length, liar.more]).toEqual([101, 1e20 - 101]);
    expect(r.console[0]?.values?.[2]).toEqual({
      t: "object",
      id: expect.any(Number) as number,
      entries: [
        ["boom", { t: "undefined" }],
        ["ok", { t: "number", v: 1 }],
      ],
    });
  });

  it("sends cycles and shared objects as references, and an endless toJSON chain once", async () => {
    const r = await run(`
      const o = { name: "loop" }; o.self = o;
      const shared = [1];
      const endless = () => ({ toJSON: endless });
      console.log(o, { x: shared, y: shared }, endless());
    `);
    expect(r.errors).toEqual([]);
    const [loop, pair, chain] = r.console[0]?.values ?? [];
    expect(loop).toEqual({
      t: "object",
      id: 1,
      entries: [
        ["name", { t: "string", v: "loop" }],
        ["self", { t: "ref", id: 1 }],
      ],
    });
    expect(pair?.t === "object" && pair.entries[1]?.[1]).toEqual({ t: "ref", id: 3 });
    // toJSON's result is taken as it is (as JSON.stringify does): its own toJSON is a function.
    expect(chain).toEqual({
      t: "object",
      id: expect.any(Number) as number,
      entries: [["toJSON", { t: "string", v: "[Function: endless]" }]],
    });
  });

  it("caps huge, wide and deep values under the per-call limit", async () => {
    const r = await run(`
      const wide = {}; for (let i = 0; i < 200000; i++) wide["k" + i] = "v".repeat(20);
      const long = Array.from({ length: 1e6 }, (_, i) => i);
      let deep = {}; for (let i = 0; i < 5000; i++) deep = { deep };
      const big = "x".repeat(1 << 20);
      console.log(wide);
      console.log(long, deep);
      console.log(big, big, big, big, big, big, 1);
      const ctl = "\u0001".repeat(1 << 17);
      console.log(ctl, ctl, ctl, ctl, ctl, 1);
      console.log(Array.from({ length: 101 }, () => Array.from({ length: 101 }, () => -1.2345678901234567e-300)));
    `);
    expect(r.errors).toEqual([]);
    expect(r.console).toHaveLength(5);
    for (const entry of r.console) {
      expect(entry.values).toBeDefined();
      expect(JSON.stringify(entry.values).length).toBeLessThanOrEqual(CONSOLE_VALUES_LIMIT);
    }
    const wide = r.console[0]?.values?.[0];
    expect(wide?.t === "object" && wide.more).toBeGreaterThan(0);
    const long = r.console[1]?.values?.[0];
    expect(long?.t === "array" && [long.items.length, long.more]).toEqual([101, 1e6 - 101]);
    const depth = (v: ConsoleValue | undefined): number =>
      v?.t === "object" && v.entries[0] ? 1 + depth(v.entries[0][1]) : 0;
    expect(depth(r.console[1]?.values?.[1])).toBe(26);
    const strings = r.console[2]?.values ?? [];
    expect(strings[0]).toEqual({
      t: "string",
      v: expect.stringMatching(/cut at 100000/) as string,
    });
    expect(strings.some((s) => s.t === "cut")).toBe(true);
  }, 60_000);

  it("sends the values whatever the script replaced", async () => {
    const r = await run(`
      JSON.stringify = () => "[]";
      Map.prototype.get = () => 1;
      Map.prototype.set = () => {};
      Object.keys = () => ["forged"];
      Array.isArray = () => false;
      Math.min = () => 1e9;
      console.log({ a: [1, 2] });
    `);
    expect(r.errors).toEqual([]);
    expect(r.console[0]?.values).toEqual([
      {
        t: "object",
        id: 1,
        entries: [
          [
            "a",
            {
              t: "array",
              id: 2,
              items: [
                { t: "number", v: 1 },
                { t: "number", v: 2 },
              ],
            },
          ],
        ],
      },
    ]);
  });
  it("encodes a call that logs from a getter while its own values are encoded", async () => {
    const r = await run(`
    const sneaky = { get x() { console.log("inner", [1]); return 2; } };
    console.log(sneaky, 3);
  `);
    expect(r.errors).toEqual([]);
    const outer = r.console.find((c) => c.args[1] === "3");
    expect(outer?.values).toEqual([
      { t: "object", id: 1, entries: [["x", { t: "number", v: 2 }]] },
      { t: "number", v: 3 },
    ]);
    const inner = r.console.filter((c) => c.args[0] === "inner").map((c) => c.values);
    expect(inner.length).toBeGreaterThan(0);
    for (const values of inner)
      expect(values).toEqual([
        { t: "string", v: "inner" },
        { t: "array", id: 1, items: [{ t: "number", v: 1 }] },
      ]);
  });
});

describe("the host's check of console values", () => {
  const ok = '[{"t":"number","v":1}]';
  it("accepts well-formed values and refuses the rest (the entry keeps its text)", () => {
    expect(parseConsoleValues(ok, 1)).toEqual([{ t: "number", v: 1 }]);
    expect(parseConsoleValues(ok, 2)).toBeUndefined();
    expect(parseConsoleValues(undefined, 1)).toBeUndefined();
    expect(parseConsoleValues("{", 1)).toBeUndefined();
    expect(parseConsoleValues('[{"t":"function","v":"x"}]', 1)).toBeUndefined();
    expect(parseConsoleValues('[{"t":"number","v":"1"}]', 1)).toBeUndefined();
    expect(parseConsoleValues('[{"t":"object","id":1,"entries":[["a"]]}]', 1)).toBeUndefined();
    expect(parseConsoleValues('[{"t":"array","id":0,"items":[]}]', 1)).toBeUndefined();
    const deep = '{"t":"array","id":1,"items":['.repeat(40) + "]}".repeat(40);
    expect(parseConsoleValues(`[${deep}]`, 1)).toBeUndefined();
    const long = JSON.stringify([{ t: "string", v: "x".repeat(CONSOLE_VALUES_LIMIT) }]);
    expect(parseConsoleValues(long, 1)).toBeUndefined();
  });
});
