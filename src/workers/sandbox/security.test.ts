import { afterAll, describe, expect, it } from "vitest";
import { makeQuickJsSandbox } from "./index";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

/** Runs `expr` in a script and returns what console.log printed for it. */
async function probe(expr: string): Promise<string | undefined> {
  const r = await sandbox.run(
    "prerequest",
    one(
      `let out; try { out = ${expr}; } catch (e) { out = "threw " + e.message; }\nconsole.log(String(out));`,
    ),
    makeContext("prerequest"),
  );
  expect(r.errors).toEqual([]);
  return r.console[0]?.args[0];
}

describe("the guest reaches nothing of the host", () => {
  it("has no host globals", async () => {
    const names = [
      "process",
      "fetch",
      "XMLHttpRequest",
      "postMessage",
      "importScripts",
      "self",
      "window",
      "global",
      "Deno",
      "Bun",
      "WebSocket",
      "Worker",
      "document",
      "module",
      "exports",
      "__host",
      "host",
    ];
    const typeofs = await probe(`[${names.map((n) => `typeof ${n}`).join(", ")}].join(",")`);
    expect(typeofs).toBe(names.map(() => "undefined").join(","));
  });

  it("gets only the QuickJS global from the Function constructor tricks", async () => {
    expect(await probe(`typeof (function(){}).constructor("return this")().process`)).toBe(
      "undefined",
    );
    expect(await probe(`typeof pm.test.constructor.constructor("return globalThis")().fetch`)).toBe(
      "undefined",
    );
    expect(
      await probe(`typeof Object.getPrototypeOf(async function(){}).constructor("return this")`),
    ).toBe("function");
    expect(await probe(`typeof this.process`)).toBe("undefined");
  });

  it("refuses Node modules that touch the system", async () => {
    expect(await probe(`require("fs")`)).toMatch(
      /^threw Cannot find module 'fs' — Satchel provides:/,
    );
    expect(await probe(`require("child_process")`)).toMatch(/^threw Cannot find module/);
  });

  it("lists only the documented globals (pm, legacy, timers, libraries)", async () => {
    const extra = await probe(
      `Object.getOwnPropertyNames(globalThis).filter((k) => !["Object","Function","Array","Number","parseFloat","parseInt","Infinity","NaN","undefined","Boolean","String","Symbol","Date","Promise","RegExp","Error","AggregateError",
          "InternalError","EvalError","RangeError","ReferenceError","SyntaxError","TypeError","URIError","globalThis","JSON","Math","Reflect","isNaN","isFinite","decodeURI","decodeURIComponent","encodeURI","encodeURIComponent","escape","unescape","eval","BigInt","ArrayBuffer","SharedArrayBuffer","Uint8ClampedArray","Int8Array","Uint8Array","Int16Array","Uint16Array","Int32Array","Uint32Array","BigInt64Array","BigUint64Array","Float16Array","Float32Array","Float64Array","DataView","Atomics","Map","Set","WeakMap","WeakSet","WeakRef","FinalizationRegistry","Proxy","Iterator","queueMicrotask","performance"].includes(k)).sort().join(",")`,
    );
    expect(extra).toBe(
      "_,atob,btoa,clearImmediate,clearInterval,clearTimeout,console,CryptoJS,crypto,data,environment,globals,iteration,pm,postman,request,require,responseBody,responseCode,responseCookies,responseHeaders,responseTime,setImmediate,setInterval,setTimeout,tests,tv4,xml2Json"
        .split(",")
        .sort()
        .join(","),
    );
  });

  it("keeps the pm API intact for later scripts", async () => {
    const r = await sandbox.run(
      "prerequest",
      [
        { location: "collection", code: `pm.environment.get = () => "hijacked"; pm.test = null;` },
        {
          location: "request",
          code: `console.log(pm.environment.get("baseUrl"), typeof pm.test);`,
        },
      ],
      makeContext("prerequest"),
    );
    expect(r.console[0]?.args).toEqual(["https://api.example.com", "function"]);
  });
});
