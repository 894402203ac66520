import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../../core/clock";
import { makeRequest } from "../../../core/factory";
import type { KeyValue } from "../../../core/model";
import { draftBrowserHeaders } from "./browserHeaders";
import {
  authValue,
  mergeParams,
  setAuthValue,
  withBody,
  withMethod,
  withParams,
  withUrl,
} from "./requestUpdates";

const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };
const request = (url = "") => withUrl(makeRequest(deps, { collectionId: "c", name: "r" }), url);
const kv = (key: string, value: string, enabled = true): KeyValue => ({ key, value, enabled });

describe("requestUpdates", () => {
  it("re-parses params when the URL changes", () => {
    const r = request("https://a.test/x?q=1&flag");
    expect(r.params.map((p) => [p.key, p.value])).toEqual([
      ["q", "1"],
      ["flag", ""],
    ]);
  });

  it("keeps disabled params in place and descriptions of replaced rows", () => {
    const existing = [
      { ...kv("a", "1"), description: "first" },
      kv("off", "x", false),
      kv("b", "2"),
    ];
    const merged = mergeParams(existing, "http://h/?a=9&c=3&d=4");
    expect(merged.map((p) => `${p.key}=${p.value}:${p.enabled}`)).toEqual([
      "a=9:true",
      "off=x:false",
      "c=3:true",
      "d=4:true",
    ]);
    expect(merged[0]?.description).toBe("first");
  });

  it("rewrites the URL from params, leaving disabled ones out", () => {
    const r = withParams(request("http://h/p#top"), [kv("a", "1"), kv("b", "2", false)]);
    expect(r.url).toBe("http://h/p?a=1#top");
    expect(r.params).toHaveLength(2);
  });

  it("path variables follow the URL and keep values of names that remain", () => {
    let r = request("http://h/users/:id/posts/:post");
    expect(r.pathVariables.map((p) => p.key)).toEqual(["id", "post"]);
    r = { ...r, pathVariables: [kv("id", "7"), kv("post", "9")] };
    r = withUrl(r, "http://h/users/:id");
    expect(r.pathVariables).toEqual([kv("id", "7")]);
  });

  it("upper-cases methods and edits auth attributes immutably", () => {
    expect(withMethod(request(), " purge ").method).toBe("PURGE");
    const auth = setAuthValue({ type: "bearer", attributes: [] }, "token", "abc");
    expect(authValue(auth, "token")).toBe("abc");
    expect(authValue(setAuthValue(auth, "token", "x"), "token")).toBe("x");
    expect(auth.attributes).toHaveLength(1);
  });

  it("lists browser headers including the content type the body implies", () => {
    const r = request("https://api.test/x");
    const form = { ...r, method: "POST", body: { ...r.body, mode: "urlencoded" as const } };
    const names = draftBrowserHeaders(form, "http://localhost:5173").map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(["Host", "Origin", "Content-Type"]));
    const plain = draftBrowserHeaders(r, "http://localhost:5173").map(([n]) => n);
    expect(plain).not.toContain("Content-Type");
  });
});

describe("a body given to a GET", () => {
  const get = () => ({ ...makeRequest(deps, { collectionId: "c", name: "R" }), method: "GET" });

  it("is marked to be sent (disableBodyPruning), as the Postman app does", () => {
    const edited = withBody(get(), { mode: "raw", raw: "{}" });
    expect(edited.settings.protocolProfileBehavior).toEqual({ disableBodyPruning: true });
  });

  it("leaves a GET without a body, and a POST, unmarked", () => {
    expect(withBody(get(), { mode: "none" }).settings.protocolProfileBehavior).toBeUndefined();
    const post = withMethod(
      withBody({ ...get(), method: "POST" }, { mode: "raw", raw: "x" }),
      "PUT",
    );
    expect(post.settings.protocolProfileBehavior).toBeUndefined();
  });

  it("is marked when a request with a body becomes a GET", () => {
    const post = withBody({ ...get(), method: "POST" }, { mode: "raw", raw: "x" });
    expect(withMethod(post, "get").settings.protocolProfileBehavior).toEqual({
      disableBodyPruning: true,
    });
  });
});
