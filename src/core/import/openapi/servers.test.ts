/** Operation- and path-level servers; callbacks and webhooks reported as not imported. */
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import { convertOpenApi } from "./index";
import { spec31 } from "./test/fixtures";

const deps = () => ({ clock: makeFixedClock(1), random: makeSeededRandom(1) });

const ok200 = { responses: { "200": { description: "ok" } } };
const doc = {
  openapi: "3.0.3",
  info: { title: "Servers", version: "1" },
  servers: [{ url: "https://root.test/v1" }],
  paths: {
    "/plain": { get: { operationId: "plain", ...ok200 } },
    "/files/{id}": {
      servers: [{ url: "https://files.test/" }],
      get: { operationId: "pathLevel", ...ok200 },
      put: {
        operationId: "operationLevel",
        servers: [
          {
            url: "https://{region}.upload.test/{v}",
            variables: { region: { default: "eu" }, v: { enum: ["1", "2"] } },
          },
        ],
        ...ok200,
      },
    },
    "/subscribe": {
      post: {
        operationId: "subscribe",
        callbacks: { onEvent: { "{$request.body#/url}": { post: ok200 } }, onDone: {} },
        ...ok200,
      },
    },
  },
};

function convert(input: unknown) {
  const r = convertOpenApi(input, deps(), "ws");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe("servers below the root", () => {
  const out = convert(doc);
  const url = (name: string) => out.requests.find((r) => r.name === name)?.url;

  it("override the root server for their operations only", () => {
    expect(url("plain")).toBe("{{baseUrl}}/plain");
    expect(url("pathLevel")).toBe("https://files.test/files/:id");
    expect(url("operationLevel")).toBe("https://eu.upload.test/{{v}}/files/:id");
    expect(out.collection.variables.map((v) => [v.key, v.value])).toEqual([
      ["baseUrl", "https://root.test/v1"],
    ]);
  });

  it("names callbacks in a warning (they are not imported)", () => {
    expect(out.warnings).toContain(
      "Not imported: the callbacks of POST /subscribe (onEvent, onDone).",
    );
    expect(out.requests).toHaveLength(4);
  });

  it("names 3.1 webhooks in a warning (they are not imported)", () => {
    expect(convert(spec31).warnings).toContain("Not imported: the webhooks (newThing).");
  });
});
