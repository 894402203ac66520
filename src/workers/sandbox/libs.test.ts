import { afterAll, describe, expect, it } from "vitest";
import { makeQuickJsSandbox } from "./index";
import { libsUsedBy } from "./libs";
import { makeContext, one } from "./test/fixtures";

const sandbox = makeQuickJsSandbox();
afterAll(() => sandbox.dispose());

async function check(code: string) {
  const r = await sandbox.run("test", one(code), makeContext("test", { timeoutMs: 10_000 }));
  expect(r.errors).toEqual([]);
  expect(r.assertions.filter((a) => !a.passed)).toEqual([]);
  expect(r.assertions.length).toBeGreaterThan(0);
  return r;
}

describe("require of the guest libraries", () => {
  it("lodash (require and the _ global)", async () => {
    await check(`const l = require("lodash");
pm.test("lodash", () => { pm.expect(l.chunk([1,2,3], 2)).to.eql([[1,2],[3]]); pm.expect(_.sum([1,2])).to.equal(3); });`);
  });
  it("moment", async () => {
    await check(`const moment = require("moment");
pm.test("moment", () => pm.expect(moment.utc("2024-01-02").add(1, "day").format("YYYY-MM-DD")).to.equal("2024-01-03"));`);
  });
  it("crypto-js (require and the CryptoJS global)", async () => {
    await check(`const C = require("crypto-js");
pm.test("sha256", () => pm.expect(C.SHA256("abc").toString()).to.equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
pm.test("hmac + base64", () => pm.expect(CryptoJS.enc.Base64.stringify(CryptoJS.HmacSHA256("m", "k"))).to.be.a("string"));
pm.test("random", () => pm.expect(CryptoJS.lib.WordArray.random(8).sigBytes).to.equal(8));`);
  });
  it("chai", async () => {
    await check(`const chai = require("chai");
pm.test("chai", () => chai.assert.deepEqual({a: 1}, {a: 1}));`);
  });
  it("ajv", async () => {
    await check(`const Ajv = require("ajv");
const ajv = new Ajv();
pm.test("ajv", () => pm.expect(ajv.validate({type: "object", required: ["id"]}, pm.response.json())).to.equal(true));`);
  });
  it("tv4 (require and global)", async () => {
    await check(`pm.test("tv4", () => pm.expect(tv4.validate({a: 1}, {type: "object"})).to.equal(true));
pm.test("tv4 require", () => pm.expect(require("tv4").validate(1, {type: "string"})).to.equal(false));`);
  });
  it("xml2js and the xml2Json global", async () => {
    await check(`const xml2js = require("xml2js");
let parsed;
xml2js.parseString("<a><b>1</b></a>", (err, res) => { parsed = res; });
pm.test("xml2js", () => pm.expect(parsed.a.b[0]).to.equal("1"));
pm.test("xml2Json", () => pm.expect(xml2Json("<a><b>1</b></a>").a.b).to.equal("1"));
pm.test("builder", () => pm.expect(new xml2js.Builder().buildObject({x: 1})).to.contain("<x>1</x>"));`);
  });
  it("uuid", async () => {
    await check(`const { v4, validate } = require("uuid");
pm.test("uuid", () => pm.expect(validate(v4())).to.equal(true));`);
  });
  it("buffer, atob, btoa", async () => {
    await check(`const { Buffer } = require("buffer");
pm.test("buffer", () => pm.expect(Buffer.from("hi").toString("base64")).to.equal("aGk="));
pm.test("atob/btoa", () => { pm.expect(btoa("hi")).to.equal("aGk="); pm.expect(require("atob")("aGk=")).to.equal("hi"); });`);
  });
  it("csv-parse/lib/sync", async () => {
    await check(`const parse = require("csv-parse/lib/sync");
pm.test("csv", () => pm.expect(parse("a,b\\n1,2", { columns: true })).to.eql([{ a: "1", b: "2" }]));`);
  });
  it("cheerio", async () => {
    await check(`const cheerio = require("cheerio");
const $ = cheerio.load("<ul><li class='x'>one</li><li>two</li></ul>");
pm.test("cheerio", () => { pm.expect($("li.x").text()).to.equal("one"); pm.expect($("li").length).to.equal(2); });`);
  });

  it("names the provided modules for an unknown one", async () => {
    const r = await sandbox.run("test", one(`require("left-pad");`), makeContext("test"));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain(
      "Cannot find module 'left-pad' — Satchel provides: lodash, moment",
    );
    expect(r.errors[0]?.line).toBe(1);
  });

  it("scans scripts for the libraries they need", () => {
    expect([...libsUsedBy(`const x = require('lodash'); _.map([]); pm.expect(1)`)]).toEqual([
      "lodash",
      "chai",
    ]);
    expect([...libsUsedBy(`pm.response.to.have.jsonSchema({})`)]).toEqual(["chai", "ajv"]);
    expect([...libsUsedBy(`const l = _;`)]).toEqual(["lodash"]);
    expect([...libsUsedBy(`console.log(a_b, _x, $_)`)]).toEqual([]);
  });
});
