import { afterAll, describe, expect, it } from "vitest";
import type { HttpRequest, SendResult, Transport } from "../../core/http/transport";
import { makeQuickJsSandbox } from "./index";
import { jsonResponse, makeContext, one } from "./test/fixtures";

const sent: HttpRequest[] = [];
const transport: Transport = {
  name: "fake",
  capabilities: {
    anyHeader: true,
    seesSetCookie: true,
    controlsRedirects: true,
    timingPhases: false,
    tlsOptions: false,
    privateNetwork: true,
  },
  async send(request): Promise<SendResult> {
    sent.push(request);
    await new Promise((r) => setTimeout(r, 5));
    if (request.url.includes("fail"))
      return { ok: false, error: { code: "UNREACHABLE", message: "no route" } };
    const { bodyText: _text, ...response } = jsonResponse({ echo: request.url });
    return { ok: true, response };
  },
};
const sandbox = makeQuickJsSandbox({ transport, maxSendRequests: 3 });
afterAll(() => sandbox.dispose());

const test = (code: string) => sandbox.run("test", one(code), makeContext("test"));
const pre = (code: string) => sandbox.run("prerequest", one(code), makeContext("prerequest"));
const results = (r: { assertions: { name: string; passed: boolean }[] }) =>
  r.assertions.map((a) => `${a.passed ? "pass" : "FAIL"} ${a.name}`);

describe("variables", () => {
  it("resolves by precedence and writes to the right scope", async () => {
    const r = await pre(`
pm.variables.set("shared", "local");
console.log(pm.variables.get("shared"), pm.environment.get("shared"), pm.collectionVariables.get("shared"), pm.globals.get("shared"));
console.log(pm.variables.replaceIn("{{baseUrl}}/{{row}}/{{nope}}"), pm.iterationData.get("row"), pm.variables.has("g"));
pm.globals.unset("g"); pm.collectionVariables.set("c2", {a: 1}); pm.environment.clear();
console.log(JSON.stringify(pm.variables.toObject()));`);
    expect(r.errors).toEqual([]);
    expect(r.console.map((c) => c.args.join(" "))).toEqual([
      "local from-env from-collection from-global",
      "https://api.example.com/1/{{nope}} 1 true",
      '{"shared":"local","c":"collection","c2":{"a":1},"row":1}',
    ]);
    expect(r.scopes.environment).toEqual({});
    expect(r.scopes.globals).toEqual({ shared: "from-global" });
    expect(r.scopes.collection).toEqual({
      c: "collection",
      shared: "from-collection",
      c2: { a: 1 },
    });
    expect(r.scopes.local).toEqual({ shared: "local" });
  });

  it("exposes pm.info, read-only and not enumerable as in Newman (JSON shows {})", async () => {
    const r = await pre(`
      const i = pm.info;
      try { i.requestName = "changed"; } catch (e) {}
      console.log(JSON.stringify([i.eventName, i.iteration, i.iterationCount, i.requestName, i.requestId]));
      console.log(JSON.stringify(i));`);
    expect(r.errors).toEqual([]);
    expect(JSON.parse(r.console[0]!.args[0]!)).toEqual(["prerequest", 0, 1, "Get user", "req-1"]);
    expect(r.console[1]?.args).toEqual(["{}"]);
  });

  it("reads the request's description as {content, type}", async () => {
    const code = `console.log(typeof pm.request.description, JSON.stringify(pm.request.description), String(pm.request.description));`;
    const described = await sandbox.run(
      "prerequest",
      one(code),
      makeContext("prerequest", {
        description: { content: "Gets *a* user", type: "text/markdown" },
      }),
    );
    expect(described.console[0]?.args).toEqual([
      "object",
      '{"content":"Gets *a* user","type":"text/markdown"}',
      "Gets *a* user",
    ]);
    const plain = await pre(code);
    expect(plain.console[0]?.args).toEqual(["undefined", "undefined", "undefined"]);
  });
});

describe("pm.request", () => {
  it("shows the auth that applies to the request", async () => {
    const context = {
      ...makeContext("prerequest"),
      auth: {
        type: "bearer" as const,
        attributes: [{ key: "token", value: "{{apiToken}}", type: "string" }],
      },
    };
    const r = await sandbox.run(
      "prerequest",
      one(`console.log(pm.request.auth.type, pm.request.auth.parameters().get("token"),
  JSON.stringify(pm.request.auth.toJSON()));`),
      context,
    );
    expect(r.errors).toEqual([]);
    expect(r.console[0]?.args.join(" ")).toBe(
      'bearer {{apiToken}} {"type":"bearer","bearer":[{"key":"token","value":"{{apiToken}}","type":"string"}]}',
    );
    const none = await pre("console.log(String(pm.request.auth));");
    expect(none.console[0]?.args).toEqual(["undefined"]);
  });

  it("reads the request as objects", async () => {
    const r = await pre(`
const u = pm.request.url;
console.log(u.toString(), u.getHost(), u.getPath(), u.query.get("page"), JSON.stringify(u.query.toObject()));
console.log(pm.request.method, pm.request.headers.get("content-type"), pm.request.headers.has("X-Trace"), pm.request.body.mode, pm.request.body.raw);`);
    expect(r.console.map((c) => c.args)).toEqual([
      [
        "{{baseUrl}}/users/:id?page=2&q=a",
        "{{baseUrl}}",
        "/users/:id",
        "2",
        '{"page":"2","q":"a"}',
      ],
      ["POST", "application/json", "true", "raw", '{"name":"Ada"}'],
    ]);
    expect(r.request).toEqual(makeContext("prerequest").request);
  });

  it("returns pre-request mutations", async () => {
    const r = await pre(`
pm.request.headers.add({ key: "X-New", value: "1" });
pm.request.headers.upsert({ key: "x-trace", value: "t2" });
pm.request.headers.remove("Content-Type");
pm.request.url.query.add({ key: "extra", value: "yes" });
pm.request.url.query.remove("q");
pm.request.method = "PUT";
pm.request.body.update(JSON.stringify({ name: "Grace" }));`);
    expect(r.errors).toEqual([]);
    expect(r.request).toEqual({
      method: "PUT",
      url: "{{baseUrl}}/users/:id?page=2&extra=yes",
      headers: [
        ["x-trace", "t2"],
        ["X-New", "1"],
      ],
      body: { kind: "text", text: '{"name":"Grace"}' },
    });
  });

  it("supports request assertions", async () => {
    const r = await pre(`pm.test("has", () => pm.request.to.have.header("X-Trace", "t1"));
pm.test("has not", () => pm.request.to.not.have.header("X-Nope"));`);
    expect(results(r)).toEqual(["pass has", "pass has not"]);
  });

  it("accepts a new URL string", async () => {
    const r = await pre(`pm.request.url = "https://other.test/a?b=1";`);
    expect(r.request.url).toBe("https://other.test/a?b=1");
    expect(r.request.headers).toEqual(makeContext("prerequest").request.headers);
  });
});

describe("pm.response and its assertions", () => {
  it("reads the response", async () => {
    const r = await test(`
console.log(pm.response.code, pm.response.status, pm.response.responseTime, pm.response.responseSize, pm.response.reason());
console.log(pm.response.headers.get("content-type"), pm.response.json().tags[1], pm.response.text().length, pm.cookies.get("session"));`);
    expect(r.console.map((c) => c.args)).toEqual([
      ["200", "OK", "42", "38", "OK"],
      ["application/json; charset=utf-8", "b", "38", "abc"],
    ]);
  });

  it("supports Postman's response assertions", async () => {
    const r = await test(`
pm.test("status", () => pm.response.to.have.status(200));
pm.test("status reason", () => pm.response.to.have.status("OK"));
pm.test("ok", () => pm.response.to.be.ok);
pm.test("success", () => pm.response.to.be.success);
pm.test("not error", () => pm.response.to.not.be.error);
pm.test("header", () => pm.response.to.have.header("Content-Type"));
pm.test("header value", () => pm.response.to.have.header("content-type", "application/json; charset=utf-8"));
pm.test("body regex", () => pm.response.to.have.body(/Ada/));
pm.test("jsonBody path", () => pm.response.to.have.jsonBody("tags[0]", "a"));
pm.test("json", () => pm.response.to.be.json);
pm.test("schema", () => pm.response.to.have.jsonSchema({ type: "object", required: ["id"] }));
pm.test("time", () => pm.response.to.have.responseTime.below(100));
pm.test("expect response", () => pm.expect(pm.response).to.have.status(200));
pm.test("wrong status", () => pm.response.to.have.status(404));
pm.test("client error", () => pm.response.to.be.clientError);
pm.test("bad schema", () => pm.response.to.have.jsonSchema({ type: "array" }));`);
    expect(r.errors).toEqual([]);
    expect(results(r).filter((x) => x.startsWith("FAIL"))).toEqual([
      "FAIL wrong status",
      "FAIL client error",
      "FAIL bad schema",
    ]);
    expect(r.assertions.find((a) => a.name === "wrong status")?.error?.message).toBe(
      "expected response to have status code 404 but got 200",
    );
  });

  it("words failures as chai-postman does in Newman 6.2.2 (conformance/fixtures/scripts/chai-postman)", async () => {
    const r = await test(`
pm.test("named", () => pm.response.to.be.notFound);
pm.test("not class", () => pm.response.to.not.be.success);
pm.test("request header", () => pm.request.to.have.header("X-Nope"));
pm.test("request header value", () => pm.request.to.have.header("X-Trace", "t2"));
pm.test("regex", () => pm.response.to.have.body(/Bob/));
pm.test("jsonBody value", () => pm.response.to.have.jsonBody("tags[1]", "c"));
pm.test("schema", () => pm.expect({ a: "1", list: [1, "x"], "odd key": 1 }).to.have.jsonSchema({
  properties: { a: { type: "number" }, list: { items: { type: "number" } }, "odd key": { maxLength: 1, type: "string" } },
}));
pm.test("unauthorised", () => pm.response.to.be.unauthorised);`);
    expect(Object.fromEntries(r.assertions.map((a) => [a.name, a.error?.message]))).toEqual({
      named: "expected response to have status reason 'NOT FOUND' but got 'OK'",
      "not class": "expected response code to not be 2XX",
      "request header": "expected request to have header with key 'X-Nope'",
      "request header value": "expected 'X-Trace' request header to be 't2' but got 't1'",
      regex:
        'expected response body text to match /Bob/ but got \'{"id":7,"name":"Ada","tags":["a","b"]}\'',
      "jsonBody value": "expected response body json at \"tags[1]\" to contain 'c' but got 'b'",
      schema:
        "expected data to satisfy schema but found following errors: \n" +
        "data.a should be number, data.list[1] should be number, data['odd key'] should be string",
      unauthorised: "expected response to have status reason 'UNAUTHORISED' but got 'OK'",
    });
  });

  it("throws Newman's JSONError for a body that is not JSON", async () => {
    const html = new TextEncoder().encode("<html>\n  <b>hi</b>");
    const r = await sandbox.run(
      "test",
      one(`
try { pm.response.json(); } catch (e) { console.log(e.name, JSON.stringify(e.message)); }
pm.test("json", () => pm.response.to.be.json);`),
      makeContext("test", {
        response: {
          ...makeContext("test").response!,
          body: html,
          bodyText: '{\n  "a": 1,\n  x\n}',
        },
      }),
    );
    expect(r.console[0]?.args).toEqual([
      "JSONError",
      JSON.stringify("Unexpected token 'x' at 3:3\n  x\n  ^"),
    ]);
    expect(r.assertions[0]?.error?.message).toBe(
      "expected response body to be a valid json but got error Unexpected token 'x' at 3:3",
    );
  });

  it("gives a test script an empty pm.response when the request got none, as Newman", async () => {
    const r = await sandbox.run(
      "test",
      one(`
console.log(typeof pm.response, String(pm.response.code), String(pm.response.text()), pm.response.headers.count(), JSON.stringify(responseCode));
try { pm.response.json(); } catch (e) { console.log(e.name, e.message); }
pm.test("code", () => pm.expect(pm.response.code).to.be.a("number"));`),
      makeContext("test", { response: undefined }),
    );
    expect(r.errors).toEqual([]);
    expect(r.console.map((c) => c.args.join(" "))).toEqual([
      "object undefined undefined 0 {}",
      'JSONError "undefined" is not valid JSON',
    ]);
    expect(r.assertions[0]?.error?.message).toBe("expected undefined to be a number");
  });

  it("supports the legacy globals", async () => {
    const r = await test(`
tests["code is 200"] = responseCode.code === 200;
tests["body has Ada"] = responseBody.has ? false : responseBody.indexOf("Ada") >= 0;
tests["failing"] = false;
postman.setEnvironmentVariable("legacy", responseHeaders["Content-Type"]);
console.log(environment.baseUrl, globals.g, data.row, iteration, responseTime);`);
    expect(results(r)).toEqual(["pass code is 200", "pass body has Ada", "FAIL failing"]);
    expect(r.assertions[2]?.error).toEqual({
      name: "AssertionError",
      message: "expected false to be truthy",
    });
    expect(r.scopes.environment.legacy).toBe("application/json; charset=utf-8");
    expect(r.console[0]?.args).toEqual(["https://api.example.com", "global", "1", "0", "42"]);
  });
});

describe("tests, async work and timers", () => {
  it("awaits async tests, done callbacks and timers", async () => {
    const r = await test(`
pm.test("async", async () => { await new Promise((r) => setTimeout(r, 20)); pm.expect(1).to.equal(2); });
pm.test("done", (done) => { setTimeout(() => { pm.expect(true).to.be.true; done(); }, 10); });
pm.test("done with error", (done) => setTimeout(() => done(new Error("nope")), 5));
pm.test.skip("skipped"); // the guest API under test, not a skipped Vitest test
let ticks = 0;
const id = setInterval(() => { ticks++; if (ticks === 3) { clearInterval(id); console.log("ticks", ticks); } }, 5);
await new Promise((r) => setTimeout(r, 1));
console.log("top-level await done");`);
    expect(r.errors).toEqual([]);
    expect(results(r).sort()).toEqual([
      "FAIL async",
      "FAIL done with error",
      "pass done",
      "pass skipped",
    ]);
    expect(r.assertions.find((a) => a.name === "skipped")?.skipped).toBe(true);
    expect(r.console.map((c) => c.args.join(" ")).sort()).toEqual([
      "ticks 3",
      "top-level await done",
    ]);
  });

  it("fails a done-style test that never calls done", async () => {
    const r = await test(`pm.test("never", (done) => {});`);
    expect(r.assertions[0]).toMatchObject({ name: "never", passed: false });
    expect(r.assertions[0]?.error?.message).toBe("the test did not call done()");
  });

  it("reports errors thrown in timer callbacks with the line", async () => {
    const r = await test(`setTimeout(() => {\n  undefinedFn();\n}, 1);`);
    expect(r.errors).toEqual([expect.objectContaining({ code: "RUNTIME", line: 2 })]);
  });
});

describe("pm.sendRequest", () => {
  it("sends through the transport (callback and promise forms)", async () => {
    sent.length = 0;
    const r = await test(`
pm.sendRequest("https://a.test/one", (err, res) => { pm.test("cb", () => pm.expect(res.json().echo).to.equal("https://a.test/one")); });
const res = await pm.sendRequest({ url: "https://a.test/two", method: "POST", header: { "X-A": "1" }, body: { mode: "raw", raw: "hi" } });
pm.test("promise", () => pm.expect(res.code).to.equal(200));
pm.sendRequest("https://fail.test", (err) => pm.test("error", () => pm.expect(err.message).to.equal("no route")));`);
    expect(r.errors).toEqual([]);
    expect(results(r).sort()).toEqual(["pass cb", "pass error", "pass promise"]);
    expect(sent[1]).toEqual({
      method: "POST",
      url: "https://a.test/two",
      headers: [["X-A", "1"]],
      body: { kind: "text", text: "hi" },
    });
  });

  it("caps sends per script", async () => {
    const r = await test(`
for (let i = 0; i < 4; i++) pm.sendRequest("https://a.test/" + i, (err) => { if (err) console.log(err.message); });`);
    expect(r.console.map((c) => c.args[0])).toEqual([
      "pm.sendRequest: the limit of requests per script was reached",
    ]);
  });
});

describe("execution control", () => {
  it("reports setNextRequest, skipRequest and the visualizer", async () => {
    const r = await pre(
      `pm.execution.setNextRequest("Login"); pm.execution.skipRequest(); pm.visualizer.set("<b>{{x}}</b>", { x: 1 });`,
    );
    expect(r.nextRequest).toBe("Login");
    expect(r.skipRequest).toBe(true);
    expect(r.visualizer).toEqual({ template: "<b>{{x}}</b>", data: { x: 1 } });
    const withOptions = await test(`pm.visualizer.set("{{x}}", { x: 1 }, { noEscape: true });`);
    expect(withOptions.visualizer?.options).toEqual({ noEscape: true });
    const stop = await test(`postman.setNextRequest(null);`);
    expect(stop.nextRequest).toBeNull();
    expect((await test(`1;`)).nextRequest).toBeUndefined();
  });
});
