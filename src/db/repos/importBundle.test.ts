import { describe, expect, it } from "vitest";
import { makeDemoBundle } from "../../core/demo";
import { makeCollection, makeEnvironment, makeRequest } from "../../core/factory";
import { importText } from "../../core/import/funnel";
import { sampleCollection } from "../../core/import/postman/test/sample";
import { restoreBundle } from "../../core/import/restore/index";
import { fixtureBundles } from "../../core/import/test/fixtureBundles";
import { setup, storeTree } from "../test/helpers";
import { DbError } from "./types";
import type { Bundle, Variable } from "../../core/model";

function bundleOf(deps: Parameters<typeof importText>[1]): Bundle {
  const r = importText(JSON.stringify(sampleCollection), deps, "ws");
  if (!r.ok) throw new Error(r.error.message);
  return {
    ...r.value.bundle,
    environments: [makeEnvironment(deps, { workspaceId: "ws", name: "Imported env" })],
  };
}

describe("imports.store", () => {
  it("writes every row of the bundle, the new collection sorted last", async () => {
    const { db, deps, repos } = setup();
    await storeTree(db, deps);
    const bundle = bundleOf(deps);
    const nodes = await repos.imports.store(bundle);
    expect(await db.folders.count()).toBe(2 + bundle.folders.length);
    expect(await db.requests.count()).toBe(3 + bundle.requests.length);
    const names = (await repos.collections.list()).map((c) => c.name);
    expect(names).toEqual(["API", "Other", "Sample"]);
    // What it wrote comes back as tree nodes, with the sort the collection was given.
    expect(nodes.filter((n) => n.kind === "request")).toHaveLength(bundle.requests.length);
    expect(nodes.filter((n) => n.kind === "folder")).toHaveLength(bundle.folders.length);
    const stored = await repos.tree.listNodes("collection");
    expect(nodes[0]).toEqual(stored.find((n) => n.id === nodes[0]?.id));
    expect(nodes[0]?.sort).toBe(3);
    expect((await repos.environments.list()).map((e) => e.name)).toEqual(["Imported env"]);
  });

  it("writes a bundle of more rows than one batch, chunk after chunk", async () => {
    const { db, deps, repos } = setup();
    const collection = makeCollection(deps, { workspaceId: "ws", name: "Big" });
    const requests = Array.from({ length: 901 }, (_, i) =>
      makeRequest(deps, { collectionId: collection.id, name: `r${i}`, sort: i + 1 }),
    );
    const none = { folders: [], environments: [] };
    const chunks: Bundle[] = [
      { ...none, collections: [collection], requests: requests.slice(0, 450) },
      { ...none, collections: [], requests: requests.slice(450) },
    ];
    let i = 0;
    const nodes = await repos.imports.storeStreamed(() => Promise.resolve(chunks[i++]));
    expect(nodes).toHaveLength(902);
    expect(await db.requests.count()).toBe(901);
  });

  it("merges imported globals into the workspace's row", async () => {
    const { repos, deps } = setup();
    const row = await repos.globals.get("ws");
    await repos.globals.put({
      ...row,
      variables: [
        { key: "a", value: "old", type: "default", enabled: true },
        { key: "keep", value: "1", type: "default", enabled: true },
      ],
    });
    const r = importText('{"values":[{"key":"a","value":"new"}]}', deps, "ws", "globals.json");
    if (!r.ok) throw new Error(r.error.message);
    await repos.imports.store(r.value.bundle);
    const vars = (await repos.globals.get("ws")).variables.map((v) => `${v.key}=${v.value}`);
    expect(vars).toEqual(["keep=1", "a=new"]);
  });

  it("writes nothing when a table fails mid-way, and keeps older rows", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const bundle = bundleOf(deps);
    db.requests.hook("creating", () => {
      const quota = new Error("The quota has been exceeded.");
      quota.name = "QuotaExceededError";
      throw quota;
    });
    const failure = await repos.imports.store(bundle).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbError);
    expect((failure as DbError).code).toBe("QUOTA_EXCEEDED");
    expect((await db.collections.toArray()).map((c) => c.id).sort()).toEqual(
      fx.collections.map((c) => c.id).sort(),
    );
    expect(await db.folders.count()).toBe(fx.folders.length);
    expect(await db.environments.count()).toBe(0);
    expect((await db.requests.toArray()).map((r) => r.id).sort()).toEqual(
      fx.requests.map((r) => r.id).sort(),
    );
  });
});

describe("imports.storeStreamed", () => {
  const none = { collections: [], folders: [], requests: [], environments: [] };
  /** The sample as a worker streams an OpenAPI import: its collection first, then two chunks. */
  const converted = (deps: Parameters<typeof importText>[1]) => {
    const { collections, folders, requests, environments } = bundleOf(deps);
    const chunks: Bundle[] = [
      { ...none, collections },
      // Each folder with the first requests that need it; the environment on the way.
      { ...none, folders: folders.slice(0, 1), requests: requests.slice(0, 2), environments },
      { ...none, folders: folders.slice(1), requests: requests.slice(2) },
    ];
    return { collection: collections[0]!, chunks, folders, requests };
  };
  /**
   * Hands out `chunks` one per call, each after a macrotask (as a worker's message arrives);
   * the call `failAt` rejects instead.
   */
  const fromWorker = (chunks: Bundle[], failAt = Infinity) => {
    let i = 0;
    return () =>
      new Promise<Bundle | undefined>((resolve, reject) =>
        setTimeout(
          () =>
            i === failAt ? reject(new Error("a value no rule foresaw")) : resolve(chunks[i++]),
          0,
        ),
      );
  };

  it("writes chunks that arrive tasks apart in one transaction, and returns the nodes", async () => {
    const { db, deps, repos } = setup();
    await storeTree(db, deps);
    const { collection, chunks, folders, requests } = converted(deps);
    const nodes = await repos.imports.storeStreamed(fromWorker(chunks));
    expect(await db.folders.count()).toBe(2 + folders.length);
    expect(await db.requests.count()).toBe(3 + requests.length);
    expect((await repos.collections.list()).map((c) => c.name)).toEqual(["API", "Other", "Sample"]);
    expect((await repos.environments.list()).map((e) => e.name)).toEqual(["Imported env"]);
    expect(nodes).toHaveLength(1 + folders.length + requests.length);
    expect(nodes[0]).toMatchObject({ kind: "collection", id: collection.id, sort: 3 });
    expect(await repos.tree.listNodes()).toEqual(expect.arrayContaining(nodes));
  });

  it("sorts collections from several chunks after the stored ones, in the order they came", async () => {
    const { db, deps, repos } = setup();
    await storeTree(db, deps);
    const [a, b, c] = ["A", "B", "C"].map((name) =>
      makeCollection(deps, { workspaceId: "ws", name }),
    );
    const chunks = [
      { ...none, collections: [a!, b!] },
      { ...none, collections: [c!] },
    ];
    const nodes = await repos.imports.storeStreamed(fromWorker(chunks));
    expect(nodes.map((n) => [n.name, n.sort])).toEqual([
      ["A", 3],
      ["B", 4],
      ["C", 5],
    ]);
    const names = (await repos.collections.list()).map((x) => x.name);
    expect(names).toEqual(["API", "Other", "A", "B", "C"]);
  });

  it("merges globals from every chunk into the workspace's row", async () => {
    const { repos } = setup();
    const row = await repos.globals.get("ws");
    const v = (key: string, value: string): Variable => ({
      key,
      value,
      type: "default",
      enabled: true,
    });
    await repos.globals.put({ ...row, variables: [v("a", "old"), v("keep", "1")] });
    const globals = (...variables: Variable[]) => ({ ...row, id: "other", variables });
    const chunks = [
      { ...none, globals: globals(v("a", "first"), v("b", "1")) },
      { ...none, globals: globals(v("a", "second")) },
    ];
    await repos.imports.storeStreamed(fromWorker(chunks as Bundle[]));
    const vars = (await repos.globals.get("ws")).variables.map((x) => `${x.key}=${x.value}`);
    expect(vars).toEqual(["keep=1", "b=1", "a=second"]);
  });

  it("writes nothing of any table when a chunk fails part-way", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const { chunks } = converted(deps);
    const before = (await repos.globals.get("ws")).variables;
    chunks[1] = {
      ...chunks[1]!,
      globals: {
        ...(await repos.globals.get("ws")),
        variables: [{ key: "g", value: "1", type: "default", enabled: true }],
      },
    };
    const failure = await repos.imports
      .storeStreamed(fromWorker(chunks, 2))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbError);
    expect(String((failure as DbError).message)).toContain("a value no rule foresaw");
    expect(await db.collections.count()).toBe(fx.collections.length);
    expect(await db.folders.count()).toBe(fx.folders.length);
    expect(await db.requests.count()).toBe(fx.requests.length);
    expect(await db.environments.count()).toBe(0);
    expect((await repos.globals.get("ws")).variables).toEqual(before);
  });

  it("writes nothing when the first chunk never comes", async () => {
    const { db, deps, repos } = setup();
    const fx = await storeTree(db, deps);
    const failure = await repos.imports.storeStreamed(fromWorker([], 0)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbError);
    expect(await db.collections.count()).toBe(fx.collections.length);
  });
});

describe("imports.store with restored bundles", () => {
  it("accepts every importer fixture once restored, and the demo", async () => {
    const { db, deps, repos } = setup();
    const bundles: [string, Bundle][] = [
      ...fixtureBundles(() => deps).map(([name, bundle]): [string, Bundle] => {
        const r = restoreBundle(bundle, deps);
        if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
        return [name, r.value.bundle];
      }),
      ["demo", makeDemoBundle(deps, "ws", "http://localhost")],
    ];
    let folders = 0;
    let requests = 0;
    for (const [name, bundle] of bundles) {
      const nodes = await repos.imports.store(bundle).catch((e: unknown) => {
        throw new Error(`${name}: ${String(e)}`);
      });
      expect(nodes).toHaveLength(
        bundle.collections.length + bundle.folders.length + bundle.requests.length,
      );
      folders += bundle.folders.length;
      requests += bundle.requests.length;
    }
    expect(await db.folders.count()).toBe(folders);
    expect(await db.requests.count()).toBe(requests);
  });

  it("stores a hostile bundle once restored: nothing unsafe reaches the tables", async () => {
    const { db, deps, repos } = setup();
    const hostile = JSON.parse(
      `{"collections":[{"id":"c","workspaceId":"ws","__proto__":{"polluted":true}},{"id":"c","workspaceId":"ws"}],
        "folders":[{"id":"f","collectionId":"c","parentId":"f"},{"id":"f","collectionId":"c"}],
        "requests":[{"id":"f","collectionId":"c","parentId":"f","headers":[{"key":"a","constructor":{}}]}]}`,
    ) as unknown;
    const r = restoreBundle(hostile, deps);
    if (!r.ok) throw new Error(r.error.message);
    await repos.imports.store(r.value.bundle);
    expect(await db.collections.count()).toBe(2);
    expect(await db.folders.count()).toBe(2);
    const [stored] = await db.requests.toArray();
    expect(stored?.headers).toEqual([{ key: "a", value: "", enabled: true }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
