import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import { emptyBody, makeRequest } from "../factory";
import { tokenize } from "../import/curl/index";
import type { Body, Request } from "../model";
import { httpRequestToCurl, requestToCurl } from "./curl";

const deps: Deps = { clock: makeFixedClock(1), random: makeSeededRandom(1) };

const request = (over: Partial<Request> = {}): Request =>
  makeRequest(deps, { collectionId: "c", name: "r", url: "https://api.test/r", ...over });

const body = (over: Partial<Body>): Body => ({ ...emptyBody(), ...over });

/** A POST with `b` as its body. */
const post = (b: Partial<Body>, over: Partial<Request> = {}) =>
  request({ method: "POST", body: body(b), ...over });

/** The command's lines after the URL, without the continuation backslashes. */
const options = (command: string) =>
  command
    .split(" \\\n  ")
    .slice(1)
    .map((l) => l.trim());

describe("requestToCurl: curl sends what Satchel sends", () => {
  it("follows redirects unless the request turns them off (curl does not by default)", () => {
    expect(options(requestToCurl(request()))).toEqual(["-L"]);
    expect(options(requestToCurl(request({ settings: { followRedirects: false } })))).toEqual([]);
  });

  it("names the Content-Type Satchel gives a raw body", () => {
    const r = post({ mode: "raw", raw: "hi there", language: "text" });
    expect(options(requestToCurl(r))).toEqual([
      "-H 'Content-Type: text/plain'",
      "--data-raw 'hi there'",
      "-L",
    ]);
  });

  it("writes urlencoded rows already encoded, {{variables}} as typed; no rows is -d ''", () => {
    const rows = [
      { key: "q", value: "a b!", enabled: true },
      { key: "t", value: "{{token}}/x", enabled: true },
      { key: "off", value: "1", enabled: false },
    ];
    const r = post({ mode: "urlencoded", urlencoded: rows });
    expect(options(requestToCurl(r))).toEqual(["-d q=a%20b%21", "-d 't={{token}}%2Fx'", "-L"]);
    const empty = post({ mode: "urlencoded" });
    expect(options(requestToCurl(empty))).toEqual(["-d ''", "-L"]);
  });

  it("removes curl's form type from a binary body without one", () => {
    const r = post({ mode: "file", file: { fileName: "a.bin" } });
    expect(options(requestToCurl(r))).toEqual(["-H Content-Type:", "--data-binary @a.bin", "-L"]);
    const typed = post({ mode: "file", file: { fileName: "a.png", contentType: "image/png" } });
    expect(options(requestToCurl(typed))[0]).toBe("-H 'Content-Type: image/png'");
  });

  it("gives file parts the type Satchel sends, where curl would guess another", () => {
    const formdata = [
      { key: "notes", value: "@not-a-file;type=x", enabled: true, type: "text" as const },
      { key: "a", value: "", enabled: true, type: "file" as const, fileName: "a.txt" },
      { key: "b", value: "", enabled: true, type: "file" as const, fileName: "b.dat" },
      { key: "c", value: "", enabled: true, type: "file" as const, fileName: "my;c.txt" },
    ];
    const r = post({ mode: "formdata", formdata });
    expect(options(requestToCurl(r))).toEqual([
      "--form-string 'notes=@not-a-file;type=x'",
      "-F 'a=@a.txt;type=application/octet-stream'",
      "-F b=@b.dat",
      `-F 'c=@"my;c.txt";type=application/octet-stream'`,
      "-L",
    ]);
  });

  it("keeps the method's case, and -g for brackets curl would expand", () => {
    const r = request({ method: "purge", url: "https://api.test/r?a[]=1" });
    expect(options(requestToCurl(r))).toEqual(["-X purge", "-L", "-g"]);
  });

  it("writes auth as curl options", () => {
    const attrs = (o: Record<string, string>) =>
      Object.entries(o).map(([key, value]) => ({ key, value, type: "string" }));
    const auth = (type: Request["auth"]["type"], o: Record<string, string>) =>
      options(requestToCurl(request({ auth: { type, attributes: attrs(o) } }))).slice(0, -1);
    expect(auth("bearer", { token: "t" })).toEqual(["--oauth2-bearer t"]);
    expect(auth("digest", { username: "u", password: "p" })).toEqual(["--digest", "-u u:p"]);
    expect(auth("ntlm", { username: "u", password: "p", domain: "D" })).toEqual([
      "--ntlm",
      "-u 'D\\u:p'",
    ]);
    expect(auth("awsv4", { accessKey: "A", secretKey: "S", region: "eu-west-1" })).toEqual([
      "--aws-sigv4 aws:amz:eu-west-1",
      "-u A:S",
    ]);
  });

  it("quotes every value, so a hostile one stays one word", () => {
    const evil = `'; rm -rf ~ #\n$(id) \`id\` "x"`;
    const r = post(
      { mode: "raw", raw: evil, language: "json" },
      { url: `https://api.test/${evil}`, headers: [{ key: "X-Evil", value: evil, enabled: true }] },
    );
    const words = tokenize(requestToCurl(r), "bash");
    expect(words.ok && words.value).toEqual([
      "curl",
      `https://api.test/${evil}`,
      "-H",
      `X-Evil: ${evil}`,
      "-H",
      "Content-Type: application/json",
      "--data-raw",
      evil,
      "-L",
    ]);
  });
});

describe("httpRequestToCurl: what was sent", () => {
  it("writes the resolved request's headers and encoded form", () => {
    const command = httpRequestToCurl({
      method: "POST",
      url: "https://api.test/r",
      headers: [["Authorization", "Basic dTpw"]],
      body: { kind: "urlencoded", fields: [["a b", "{{x}}"]] },
    });
    expect(options(command)).toEqual(["-H 'Authorization: Basic dTpw'", "-d a%20b=%7B%7Bx%7D%7D"]);
  });
});
