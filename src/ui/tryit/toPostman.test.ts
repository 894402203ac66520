import { describe, expect, it } from "vitest";
import { decodeShareFragment } from "../../core/share/fragment";
import { importPostmanCollection } from "../../core/import/postman/collection";
import { makeFixedClock, makeSeededRandom } from "../../core/clock";
import { headersText, parseHeaders, urlPath } from "./inlineText";
import { openInSatchelUrl, toPostmanCollection } from "./toPostman";

const deps = { clock: makeFixedClock(0), random: makeSeededRandom(1) };

describe("Open in Satchel", () => {
  it("carries the request as a Postman collection the app's importer reads", async () => {
    const request = {
      method: "POST",
      url: "https://api.example.com/pets?x=1",
      headers: [["Content-Type", "application/json"]] as [string, string][],
      body: { kind: "text" as const, text: '{"a":1}' },
    };
    const link = await openInSatchelUrl("/#old", "Add a pet", request);
    expect(link).toMatch(/^\/#import=v1\./);
    const decoded = await decodeShareFragment(link.slice("/#import=".length));
    expect(decoded.ok && decoded.value).toEqual(toPostmanCollection("Add a pet", request));
    const imported = importPostmanCollection(decoded.ok ? decoded.value : null, deps, "w");
    expect(imported.ok && imported.value.requests[0]).toMatchObject({
      name: "Add a pet",
      method: "POST",
      body: { mode: "raw", raw: '{"a":1}', language: "json" },
    });
  });

  it("describes form and file bodies", () => {
    const multipart = toPostmanCollection("u", {
      method: "POST",
      url: "https://u.example",
      headers: [],
      body: {
        kind: "multipart",
        fields: [
          { type: "text", name: "t", value: "v" },
          { type: "file", name: "f", fileName: "a.png" },
        ],
      },
    });
    expect((multipart.item as { request: { body: unknown } }[])[0]?.request.body).toEqual({
      mode: "formdata",
      formdata: [
        { key: "t", value: "v", type: "text" },
        { key: "f", type: "file", src: "a.png" },
      ],
    });
  });
});

describe("inline request text", () => {
  it("round-trips headers and finds a URL's path", () => {
    const rows = parseHeaders("X-A: 1\nnot a header\n  Accept : a: b  ");
    expect(rows).toEqual([
      { key: "X-A", value: "1", enabled: true },
      { key: "Accept", value: "a: b", enabled: true },
    ]);
    expect(headersText(rows)).toBe("X-A: 1\nAccept: a: b");
    expect(urlPath("https://api.example.com/v1/pets?x=1#f")).toBe("/v1/pets");
    expect(urlPath("{{base}}/users/1")).toBe("/users/1");
    expect(urlPath("https://api.example.com")).toBe("/");
  });
});
