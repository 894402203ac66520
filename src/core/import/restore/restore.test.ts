import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../env";
import type { Deps } from "../../factory";
import { makeCollection, makeEnvironment, makeFolder, makeRequest } from "../../factory";
import { SCHEMA_VERSION } from "../../model";
import type { ImportBundle } from "../funnel";
import { bundleProblems } from "../test/bundleProblems";
import { restoreBundle } from "./index";

const NOW = 1_700_000_000_000;
const deps = (): Deps => ({ clock: makeFixedClock(NOW), random: makeSeededRandom(7) });
const UNSAFE = ["__proto__", "constructor", "prototype"];

/** Restores and expects success; also checks that restoring again changes nothing. */
function restored(input: unknown, withDeps: Deps | null = deps()) {
  const d = withDeps ?? undefined;
  const r = restoreBundle(input, d);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const again = restoreBundle(r.value.bundle, d);
  expect(again).toEqual({ ok: true, value: { bundle: r.value.bundle, warnings: [] } });
  expect(bundleProblems(r.value.bundle)).toEqual([]);
  return r.value;
}

/** Every own key in `v`, at any depth. */
function ownKeys(v: unknown, out: string[] = []): string[] {
  if (typeof v !== "object" || v === null) return out;
  for (const k of Object.keys(v)) {
    out.push(k);
    ownKeys((v as Record<string, unknown>)[k], out);
  }
  return out;
}

const evil =
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1}';
/** A hostile object: `fields` plus own `__proto__`, `constructor` and `prototype` keys. */
const hostile = (fields: object): Record<string, unknown> => ({
  ...(JSON.parse(evil) as object),
  ...fields,
});
/** JSON.parse keeps `__proto__` as an own key; a literal would set the prototype instead. */
const parsed = (o: unknown) =>
  JSON.parse(JSON.stringify(o).replace(/"EVIL":1/g, evil.slice(1, -1))) as unknown;

describe("restoreBundle: unsafe keys", () => {
  // Every place an object can hide, each marked with "EVIL":1 (replaced by the unsafe keys).
  const row = { EVIL: 1, key: "__proto__", value: "constructor", extra: { EVIL: 1, ok: 1 } };
  const input = parsed({
    EVIL: 1,
    collections: [
      {
        EVIL: 1,
        id: "c",
        workspaceId: "ws",
        name: "prototype",
        variables: [{ ...row, key: "constructor" }],
        auth: {
          EVIL: 1,
          type: "apikey",
          attributes: [{ EVIL: 1, key: "value", value: { EVIL: 1, nested: [{ EVIL: 1 }] } }],
        },
        scripts: { EVIL: 1, prerequest: "", test: "", extra: { EVIL: 1 } },
        settings: { EVIL: 1, scriptTimeoutMs: 5 },
        extra: { EVIL: 1, deep: { a: [{ b: { EVIL: 1 } }] } },
      },
    ],
    folders: [{ EVIL: 1, id: "f", collectionId: "c", variables: [row], extra: { EVIL: 1 } }],
    requests: [
      {
        EVIL: 1,
        id: "r",
        collectionId: "c",
        parentId: "f",
        params: [row],
        pathVariables: [row],
        headers: [row],
        body: {
          EVIL: 1,
          mode: "formdata",
          urlencoded: [row],
          formdata: [{ ...row, type: "file" }],
          graphql: { EVIL: 1, query: "q", variables: "{}" },
          file: { EVIL: 1, fileName: "x" },
          extra: { EVIL: 1 },
        },
        examples: [
          {
            EVIL: 1,
            id: "x",
            headers: [row],
            originalRequest: { EVIL: 1, url: { EVIL: 1 } },
            extra: { EVIL: 1 },
          },
        ],
        variables: [row],
        settings: { EVIL: 1, protocolProfileBehavior: { EVIL: 1, followRedirects: false } },
        extra: { EVIL: 1 },
      },
    ],
    environments: [{ EVIL: 1, id: "e", workspaceId: "ws", variables: [row], extra: { EVIL: 1 } }],
    globals: { EVIL: 1, id: "g", workspaceId: "ws", variables: [row] },
  });

  it("are dropped wherever they hide; strings that merely name them stay", () => {
    expect(JSON.stringify(input)).toContain('"__proto__":{"polluted":true}');
    const { bundle, warnings } = restored(input);
    const keys = ownKeys(bundle);
    for (const k of UNSAFE) expect(keys).not.toContain(k);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // User data that is such a string is kept.
    expect(bundle.collections[0]?.name).toBe("prototype");
    expect(bundle.collections[0]?.variables[0]).toMatchObject({ key: "constructor" });
    expect(bundle.requests[0]?.headers[0]).toMatchObject({
      key: "__proto__",
      value: "constructor",
    });
    expect(bundle.requests[0]?.headers[0]?.extra).toEqual({ ok: 1 });
    expect(bundle.requests[0]?.settings.protocolProfileBehavior).toEqual({
      followRedirects: false,
    });
    expect(bundle.requests[0]?.body.graphql).toEqual({ query: "q", variables: "{}" });
    expect(bundle.collections[0]?.auth.attributes[0]?.value).toEqual({ nested: [{}] });
    expect(bundle.requests[0]?.parentId).toBe("f");
    expect(warnings).toEqual([expect.stringMatching(/^Ignored \d+ fields named __proto__/)]);
  });

  it("handles objects built in code (own keys set with defineProperty) too", () => {
    const extra = hostile({ ok: 1 });
    Object.defineProperty(extra, "__proto__", { value: { polluted: true }, enumerable: true });
    const c = { ...makeCollection(deps(), { workspaceId: "ws", name: "c" }), extra };
    const { bundle } = restored({ collections: [c] });
    expect(bundle.collections[0]?.extra).toEqual({ ok: 1 });
    expect(Object.getPrototypeOf(bundle.collections[0]?.extra)).toBe(Object.prototype);
  });
});

describe("restoreBundle: defaults and types", () => {
  it("fills every field the model requires, as the factory does", () => {
    const { bundle, warnings } = restored({
      collections: [{ id: "c", workspaceId: "ws" }],
      folders: [{ id: "f", collectionId: "c" }],
      requests: [{ id: "r", collectionId: "c" }],
      environments: [{ id: "e", workspaceId: "ws" }],
    });
    const d = deps();
    const at = { schemaVersion: SCHEMA_VERSION, createdAt: NOW, updatedAt: NOW };
    const c = makeCollection(d, { id: "c", workspaceId: "ws", name: "", sort: 1, ...at });
    expect(bundle.collections).toEqual([c]);
    expect(bundle.folders).toEqual([
      makeFolder(d, { id: "f", collectionId: "c", name: "", sort: 1, ...at }),
    ]);
    expect(bundle.requests).toEqual([
      makeRequest(d, { id: "r", collectionId: "c", name: "", sort: 2, ...at }),
    ]);
    expect(bundle.environments).toEqual([
      makeEnvironment(d, { id: "e", workspaceId: "ws", name: "", ...at }),
    ]);
    expect(warnings).toEqual([]);
  });

  it("coerces wrong types instead of failing, and says only what the user would notice", () => {
    const { bundle, warnings } = restored({
      collections: [{ id: 7, workspaceId: "ws", name: 42, auth: { type: "inherit" }, sort: "2" }],
      requests: [
        {
          id: "r",
          collectionId: 7,
          name: true,
          method: " post ",
          url: 12,
          headers: "Accept: x",
          params: [null, { key: 1, value: { a: 1 }, enabled: "false" }],
          body: { mode: "bogus", raw: 5, language: "yaml" },
          auth: { type: "magic", attributes: "x" },
          scripts: { test: ["line 1", "line 2"], prerequest: null },
          examples: [
            { status: "201", headers: {} },
            { id: 3, status: 1.5 },
          ],
          variables: [
            { key: "n", value: 1 },
            { key: "o", value: [1] },
            { key: "t", type: "nope" },
          ],
          settings: { timeoutMs: "-1", followRedirects: "yes" },
          createdAt: "soon",
          extra: "not an object",
        },
      ],
      environments: "nope",
      globals: [],
    });
    const [c] = bundle.collections;
    expect(c).toMatchObject({ id: "7", name: "42", auth: { type: "noauth" }, sort: 1 });
    const [r] = bundle.requests;
    expect(r).toMatchObject({ collectionId: "7", name: "true", method: "POST", url: "12" });
    expect(r?.headers).toEqual([]);
    expect(r?.params).toEqual([{ key: "1", value: '{"a":1}', enabled: false }]);
    expect(r?.body).toMatchObject({ mode: "none", raw: "5", language: "text", formdata: [] });
    expect(r?.auth).toEqual({ type: "inherit", attributes: [] });
    expect(r?.scripts).toEqual({ prerequest: "", test: "line 1\nline 2" });
    expect(r?.examples.map((e) => [e.status, e.headers])).toEqual([
      [201, []],
      [0, []],
    ]);
    expect(r?.examples[1]?.id).toBe("3");
    expect(r?.examples[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r?.variables.map((v) => [v.value, v.type])).toEqual([
      [1, "default"],
      ["[1]", "default"],
      ["", "default"],
    ]);
    expect(r?.settings).toEqual({});
    expect(r?.createdAt).toBe(NOW);
    expect(r).not.toHaveProperty("extra");
    expect(bundle.environments).toEqual([]);
    expect(bundle).not.toHaveProperty("globals");
    expect(warnings).toEqual([
      "Ignored 4 parts that should be a list and are not.",
      "Skipped 2 entries that are not an object.",
      "Reset 1 unknown auth type to the default.",
      "Reset 1 unknown body type to none.",
    ]);
  });

  it("leaves a complete, valid bundle exactly as it was (every optional field kept)", () => {
    const d = deps();
    const c = makeCollection(d, {
      workspaceId: "ws",
      name: "c",
      sort: 1,
      settings: { scriptTimeoutMs: 1, requestTimeoutMs: 2 },
      scripts: { prerequest: "a", test: "b", extra: { x: 1 } },
      extra: { postmanId: "p" },
    });
    const f = makeFolder(d, { collectionId: c.id, name: "f", sort: 1, extra: { y: [1] } });
    const kv = { key: "k", value: "v", enabled: false, description: "d", extra: { z: null } };
    const r = makeRequest(d, {
      collectionId: c.id,
      parentId: f.id,
      name: "r",
      method: "PROPFIND",
      sort: 1,
      headers: [kv],
      body: {
        mode: "file",
        raw: "",
        language: "xml",
        urlencoded: [kv],
        formdata: [{ ...kv, type: "file", fileId: "b", fileName: "n", contentType: "t" }],
        file: { fileId: "b", fileName: "n", contentType: "t" },
        graphql: { query: "q", variables: "v" },
        disabled: true,
        extra: { options: { raw: { language: "xml" } } },
      },
      auth: { type: "bearer", attributes: [{ key: "token", value: 1, type: "string" }] },
      examples: [
        {
          id: "x",
          name: "ok",
          status: 200,
          statusText: "OK",
          headers: [kv],
          body: "{}",
          originalRequest: { url: "u" },
          extra: { a: 1 },
        },
      ],
      variables: [{ key: "v", value: true, type: "boolean", enabled: true, description: "d" }],
      settings: { protocolProfileBehavior: { a: 1 }, timeoutMs: 3, followRedirects: false },
      extra: { postmanId: "q" },
    });
    const e = makeEnvironment(d, { workspaceId: "ws", name: "e", extra: { a: 1 } });
    const g = { ...makeEnvironment(d, { workspaceId: "ws", name: "" }), name: undefined };
    delete g.name;
    const bundle: ImportBundle = {
      collections: [c],
      folders: [f],
      requests: [r],
      environments: [e],
      globals: g,
    };
    expect(restored(bundle)).toEqual({ bundle, warnings: [] });
  });
});

describe("restoreBundle: references", () => {
  const c = (id: string) => ({ id, workspaceId: "ws", name: id });
  const f = (id: string, collectionId: string, parentId: string | null = null, name = id) => ({
    id,
    collectionId,
    parentId,
    name,
  });
  const r = (id: string, collectionId: string, parentId: string | null = null) => ({
    id,
    collectionId,
    parentId,
    name: id,
  });

  it("moves items whose parent is missing, or in another collection, to their collection's root", () => {
    const { bundle, warnings } = restored({
      collections: [c("A"), c("B")],
      folders: [f("fa", "A"), f("fb", "B", "fa"), f("fc", "B", "gone")],
      requests: [r("r1", "A", "fa"), r("r2", "A", "fb"), r("r3", "B", "nowhere")],
    });
    const parent = (id: string) =>
      [...bundle.folders, ...bundle.requests].find((x) => x.id === id)?.parentId;
    expect(["fb", "fc", "r2", "r3"].map(parent)).toEqual([null, null, null, null]);
    expect(parent("r1")).toBe("fa");
    expect(warnings).toEqual([
      "Moved 4 items whose folder is missing to the top of their collection.",
    ]);
  });

  it("drops folders and requests whose collection is not in the bundle, with a warning", () => {
    const { bundle, warnings } = restored({
      collections: [c("A")],
      folders: [f("x", "Z"), f("y", "A")],
      requests: [r("r1", "Z", "x"), r("r2", "A", "x"), { id: "r3", name: "no collection" }],
    });
    expect(bundle.folders.map((x) => x.id)).toEqual(["y"]);
    expect(bundle.requests.map((x) => [x.id, x.parentId])).toEqual([["r2", null]]);
    expect(warnings).toEqual([
      "Skipped 3 folders and requests whose collection is not in the import.",
      "Moved 1 item whose folder is missing to the top of its collection.",
    ]);
  });

  it("gives duplicate ids fresh ones and keeps each child with the copy in its own collection", () => {
    const { bundle } = restored({
      collections: [c("A"), c("B")],
      folders: [f("same", "A", null, "in A"), f("same", "B", null, "in B"), f("A", "A", "same")],
      requests: [r("same", "A", "same"), r("same", "B", "same"), r("A", "A")],
      environments: [{ id: "A", workspaceId: "ws" }],
    });
    const ids = [
      ...bundle.collections,
      ...bundle.folders,
      ...bundle.requests,
      ...bundle.environments,
    ].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const inB = bundle.folders.find((x) => x.name === "in B");
    expect(inB?.id).not.toBe("same");
    const inA = bundle.folders.find((x) => x.name === "in A");
    expect(inA?.id).toBe("same");
    const [ra, rb] = bundle.requests;
    expect(ra?.parentId).toBe("same");
    expect(rb?.parentId).toBe(inB?.id);
    expect(bundle.folders[2]?.parentId).toBe("same");
    // Fresh ids come from the injected random source, so restore is deterministic.
    expect(restored({ collections: [c("A"), c("A")] }).bundle.collections.map((x) => x.id)).toEqual(
      ["A", makeSeededRandom(7).uuid()],
    );
  });

  it("breaks folder cycles (a loop of three, and a folder that is its own parent)", () => {
    const { bundle, warnings } = restored({
      collections: [c("A")],
      folders: [f("x", "A", "z"), f("y", "A", "x"), f("z", "A", "y"), f("self", "A", "self")],
      requests: [r("in-z", "A", "z")],
    });
    const parents = Object.fromEntries(bundle.folders.map((x) => [x.id, x.parentId]));
    expect(parents).toEqual({ x: null, y: "x", z: "y", self: null });
    expect(bundle.requests[0]?.parentId).toBe("z");
    expect(warnings).toEqual([
      "Moved 2 folders that were inside themselves to the top of their collection.",
    ]);
  });

  it("makes sort orders unique and dense per parent, in the order the sidebar showed", () => {
    const { bundle } = restored({
      collections: [
        { ...c("A"), sort: 9 },
        { ...c("B"), sort: -1 },
      ],
      folders: [
        { ...f("f", "A"), sort: 2 },
        { ...f("g", "A", "f"), sort: 2 },
      ],
      requests: [
        { ...r("b", "A"), sort: 2 },
        { ...r("a", "A"), sort: 0.5 },
        { ...r("late", "A") },
        { ...r("c", "A", "f"), sort: 2, name: "a" },
        { ...r("d", "A", "f"), sort: 1e9 },
      ],
    });
    expect(bundle.collections.map((x) => [x.id, x.sort])).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
    const sort = (id: string) =>
      [...bundle.folders, ...bundle.requests].find((x) => x.id === id)?.sort;
    expect(["a", "b", "f", "late"].map(sort)).toEqual([1, 2, 3, 4]);
    expect(["c", "g", "d"].map(sort)).toEqual([1, 2, 3]);
  });

  it("infers a missing workspace from the rest of the bundle, or takes the one given", () => {
    const input = {
      collections: [{ id: "A" }],
      environments: [{ id: "e", workspaceId: "w1" }],
    };
    expect(restored(input).bundle.collections[0]?.workspaceId).toBe("w1");
    const forced = restoreBundle(input, deps(), { workspaceId: "w2" });
    expect(forced.ok && forced.value.bundle.environments[0]?.workspaceId).toBe("w2");
  });

  it("works without deps: time 0 and counted ids, still deterministic", () => {
    const { bundle } = restored({ collections: [c("A"), c("A"), { workspaceId: "ws" }] }, null);
    expect(bundle.collections.map((x) => [x.id, x.createdAt])).toEqual([
      ["A", 0],
      ["restored-1", 0],
      ["restored-2", 0],
    ]);
  });
});

describe("restoreBundle: what cannot be repaired", () => {
  const code = (input: unknown) => {
    const r = restoreBundle(input, deps());
    return r.ok ? "ok" : `${r.error.code} at ${r.error.at ?? "-"}`;
  };

  it("rejects with a precise code and place", () => {
    expect(code(null)).toBe("RESTORE_NOT_A_BUNDLE at -");
    expect(code([{ collections: [] }])).toBe("RESTORE_NOT_A_BUNDLE at -");
    expect(code({ collections: [{ id: "c" }] })).toBe(
      "RESTORE_NO_WORKSPACE at collections[0].workspaceId",
    );
    expect(code({ collections: [{ workspaceId: "a" }, { workspaceId: "b" }, {}] })).toBe(
      "RESTORE_NO_WORKSPACE at collections[2].workspaceId",
    );
    expect(code({ environments: [{ workspaceId: "w", schemaVersion: SCHEMA_VERSION + 1 }] })).toBe(
      "RESTORE_NEWER_SCHEMA at environments[0].schemaVersion",
    );
    expect(code({ requests: [{ id: "r", collectionId: "gone" }] })).toBe(
      "RESTORE_NOTHING_LEFT at -",
    );
    let deep: unknown = "x";
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(code({ collections: [{ workspaceId: "w", extra: { deep } }] })).toMatch(
      /^RESTORE_TOO_DEEP at collections\[0\]\.extra\.deep(\[0\])+$/,
    );
    const loop: Record<string, unknown> = {};
    loop.self = { loop };
    expect(code({ collections: [{ workspaceId: "w", extra: loop }] })).toBe(
      "RESTORE_CYCLIC_VALUE at collections[0].extra.self.loop",
    );
    const trap = {
      workspaceId: "w",
      get name(): string {
        throw new Error("gotcha");
      },
    };
    const r = restoreBundle({ collections: [trap] }, deps());
    expect(r).toMatchObject({ ok: false, error: { code: "RESTORE_FAILED" } });
  });

  it("accepts an empty bundle, and drops values that are not data", () => {
    expect(restored({}).bundle).toEqual({
      collections: [],
      folders: [],
      requests: [],
      environments: [],
    });
    const { bundle, warnings } = restored({
      collections: [
        { workspaceId: "w", extra: { f: () => 1, d: new Date(0), n: 10n, list: [undefined] } },
      ],
    });
    expect(bundle.collections[0]?.extra).toEqual({ n: "10", list: [null] });
    expect(warnings).toEqual(["Ignored 2 values that are not data."]);
  });
});
