import { describe, expect, it } from "vitest";
import type { EchoDocument } from "./echo";
import { echoRequest, isEchoUrl, makeEchoResponse, parseFields } from "./echo";

const ORIGIN = "https://satchel.example";
const doc = (body: string) => JSON.parse(body) as EchoDocument;

describe("isEchoUrl", () => {
  it("matches /echo and sub-paths on the app's origin only", () => {
    expect(isEchoUrl(`${ORIGIN}/echo`, ORIGIN)).toBe(true);
    expect(isEchoUrl(`${ORIGIN}/echo/get?x=1`, ORIGIN)).toBe(true);
    expect(isEchoUrl(`${ORIGIN}/echo?x=1#h`, ORIGIN)).toBe(true);
    expect(isEchoUrl(`${ORIGIN}/echoes`, ORIGIN)).toBe(false);
    expect(isEchoUrl(`${ORIGIN}/api/echo`, ORIGIN)).toBe(false);
    expect(isEchoUrl("https://other.example/echo", ORIGIN)).toBe(false);
    expect(isEchoUrl("http://satchel.example/echo", ORIGIN)).toBe(false);
  });
});

describe("parseFields", () => {
  it("decodes form encoding and collects repeated keys", () => {
    expect(parseFields("a=1&b=x+y%21&a=2&flag&&c=%zz")).toEqual({
      a: ["1", "2"],
      b: "x y!",
      flag: "",
      c: "%zz",
    });
  });
});

describe("makeEchoResponse", () => {
  it("echoes method, path, query, lower-cased headers and a JSON body", () => {
    const res = makeEchoResponse({
      method: "post",
      url: `${ORIGIN}/echo/post?page=1&tag=a&tag=b`,
      headers: [
        ["Content-Type", "application/json"],
        ["X-Two", "a"],
        ["x-two", "b"],
      ],
      body: new TextEncoder().encode('{"name":"adá"}'),
    });
    expect(res.status).toBe(200);
    expect(res.headers).toContainEqual(["content-type", "application/json"]);
    const d = doc(res.body);
    expect(d.method).toBe("POST");
    expect(d.path).toBe("/echo/post");
    expect(d.query).toEqual({ page: "1", tag: ["a", "b"] });
    expect(d.headers).toEqual({ "content-type": "application/json", "x-two": "a, b" });
    expect(d.json).toEqual({ name: "adá" });
    expect(d.bytes).toBe(15);
    expect(d.form).toBeUndefined();
  });

  it("parses urlencoded bodies into form and leaves invalid JSON out", () => {
    const res = makeEchoResponse({
      method: "POST",
      url: `${ORIGIN}/echo/form`,
      headers: [["content-type", "application/x-www-form-urlencoded"]],
      body: "name=ada&language=en",
    });
    const d = doc(res.body);
    expect(d.form).toEqual({ name: "ada", language: "en" });
    expect(d.json).toBeUndefined();
    const bad = doc(
      makeEchoResponse({
        method: "POST",
        url: `${ORIGIN}/echo`,
        headers: [["content-type", "application/json"]],
        body: "{oops",
      }).body,
    );
    expect(bad.body).toBe("{oops");
    expect(bad.json).toBeUndefined();
  });

  it("echoes multipart bodies as text", () => {
    const body = '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n';
    const d = doc(
      makeEchoResponse({
        method: "POST",
        url: `${ORIGIN}/echo`,
        headers: [["content-type", "multipart/form-data; boundary=b"]],
        body,
      }).body,
    );
    expect(d.body).toBe(body);
    expect(d.form).toBeUndefined();
  });

  it("answers /echo/status/<code>, with no body where HTTP forbids one", () => {
    const url = (p: string) => `${ORIGIN}/echo/status/${p}`;
    const at = (p: string, method = "GET") =>
      makeEchoResponse({ method, url: url(p), headers: [], body: "" });
    expect(at("404")).toMatchObject({ status: 404, statusText: "Not Found" });
    expect(at("204")).toMatchObject({ status: 204, body: "" });
    expect(at("999").status).toBe(200);
    expect(at("500", "HEAD")).toMatchObject({ status: 500, body: "" });
  });

  it("asks the host to wait for /echo/delay/<ms>, capped", () => {
    const at = (ms: string) =>
      makeEchoResponse({ method: "GET", url: `${ORIGIN}/echo/delay/${ms}`, headers: [], body: "" });
    expect(at("250").delayMs).toBe(250);
    expect(at("999999").delayMs).toBe(10_000);
    expect(
      makeEchoResponse({ method: "GET", url: ORIGIN + "/echo", headers: [], body: "" }).delayMs,
    ).toBeUndefined();
  });
});

describe("echoRequest", () => {
  it("reads a fetch Request", async () => {
    const req = new Request(`${ORIGIN}/echo/headers`, {
      method: "PUT",
      headers: { "X-User": "ada" },
      body: "hi",
    });
    const d = doc((await echoRequest(req)).body);
    expect(d.method).toBe("PUT");
    expect(d.headers["x-user"]).toBe("ada");
    expect(d.body).toBe("hi");
  });
});
