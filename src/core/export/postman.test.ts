/**
 * Postman → Satchel → Postman. What the comparison normalises (both sides):
 * - URL objects: `protocol`, `host`, `port`, `path`, `hash` are dropped (derived from `raw`);
 * - `info.schema` is always v2.1; a request `method` is upper case;
 * - `exec` as one string becomes a list of lines; `type: "default"` on variables is dropped;
 * - empty arrays (`response: []`, `header: []`) and empty descriptions are dropped;
 * - an item-level description moves to the request when the request has none.
 */
import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../clock";
import type { Deps } from "../factory";
import type { ImportedCollection } from "../import/postman/index";
import { importPostmanCollection, importPostmanEnvironment } from "../import/postman/index";
import { sampleCollection } from "../import/postman/test/sample";
import { exportPostmanCollection, exportPostmanEnvironment } from "./postman";
import { postmanAppCollection } from "./test/postmanApp";

const deps = (seed = 1): Deps => ({ clock: makeFixedClock(9), random: makeSeededRandom(seed) });

function load(json: unknown, seed = 1): ImportedCollection {
  const r = importPostmanCollection(json, deps(seed), "ws");
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const URL_PARTS = ["protocol", "host", "port", "path", "hash"];

/** The normalisation described in the header. */
function normalise(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) {
    if (key === "exec") return value;
    return value.map((v) => normalise(v));
  }
  if (typeof value !== "object" || value === null) return value;
  const o = { ...(value as Record<string, unknown>) };
  if (key === "url") for (const p of URL_PARTS) delete o[p];
  if (key === "info") o.schema = "v2.1";
  if (typeof o.method === "string") o.method = o.method.toUpperCase();
  if (key === "script" && typeof o.exec === "string") o.exec = o.exec.split("\n");
  if (o.type === "default" && "key" in o && "value" in o) delete o.type;
  if (typeof o.request === "object" && o.request && typeof o.description === "string") {
    const req = o.request as Record<string, unknown>;
    if (req.description === undefined) o.request = { ...req, description: o.description };
    delete o.description;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (Array.isArray(v) && v.length === 0 && k !== "exec") continue;
    if (k === "description" && v === "") continue;
    out[k] = normalise(v, k);
  }
  return out;
}

describe("exportPostmanCollection", () => {
  it("gives back the Postman app's collection (after normalisation)", () => {
    const exported = exportPostmanCollection(load(postmanAppCollection));
    expect(normalise(JSON.parse(JSON.stringify(exported)))).toEqual(
      normalise(postmanAppCollection),
    );
  });

  it("is stable: import → export → import gives the same model (v2.0 style input)", () => {
    const first = load(sampleCollection, 1);
    const again = load(JSON.parse(JSON.stringify(exportPostmanCollection(first))), 1);
    expect(again).toEqual(first);
  });

  it("writes scripts and auth created in Satchel", () => {
    const tree = load(postmanAppCollection);
    const req = tree.requests.find((r) => r.name === "Upload")!;
    req.scripts = { prerequest: "a();\nb();", test: "" };
    req.auth = { type: "bearer", attributes: [{ key: "token", value: "t" }] };
    const items = exportPostmanCollection(tree).item as Record<string, unknown>[];
    const item = items.find((i) => i.name === "Upload")!;
    expect(item.event).toEqual([
      { listen: "prerequest", script: { type: "text/javascript", exec: ["a();", "b();"] } },
    ]);
    expect((item.request as Record<string, unknown>).auth).toEqual({
      type: "bearer",
      bearer: [{ key: "token", value: "t" }],
    });
  });
});

describe("exportPostmanEnvironment", () => {
  it("round-trips an environment file", () => {
    const file = {
      id: "env-1",
      name: "Dev",
      values: [
        { key: "a", value: "1", type: "default", enabled: true },
        { key: "s", value: "x", type: "secret", enabled: false },
      ],
      _postman_variable_scope: "environment",
    };
    const r = importPostmanEnvironment(file, deps(), "ws");
    if (!r.ok) throw new Error(r.error.message);
    expect(exportPostmanEnvironment(r.value)).toEqual(file);
  });
});
