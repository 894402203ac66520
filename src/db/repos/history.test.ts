import { describe, expect, it } from "vitest";
import { emptyBody, noAuth } from "../../core/factory";
import type { HistoryEntry } from "../../core/model";
import { SCHEMA_VERSION } from "../../core/model";
import { setup } from "../test/helpers";
import { HISTORY_CAP, MAX_BODY_CHARS, truncateBody } from "./history";

function entry(i: number, init: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: `h${i}`,
    schemaVersion: SCHEMA_VERSION,
    createdAt: i,
    updatedAt: i,
    workspaceId: "ws",
    request: {
      method: "GET",
      url: `{{base}}/items/${i}`,
      params: [],
      headers: [],
      body: emptyBody(),
      auth: noAuth(),
      name: `Item ${i}`,
    },
    resolvedUrl: `https://api.test/items/${i}`,
    sentAt: 10_000 + i,
    ...init,
  };
}

describe("history", () => {
  it("lists newest first, 200 by default, and honours limit", async () => {
    const { db, repos } = setup();
    await db.history.bulkAdd(Array.from({ length: 250 }, (_, i) => entry(i)));
    const listed = await repos.history.list();
    expect(listed).toHaveLength(200);
    expect(listed[0]?.id).toBe("h249");
    expect(listed[199]?.id).toBe("h50");
    expect((await repos.history.list({ limit: 3 })).map((e) => e.id)).toEqual([
      "h249",
      "h248",
      "h247",
    ]);
  });

  it("searches method, url, resolved url and name, ignoring case", async () => {
    const { repos } = setup();
    await repos.history.add(entry(1, { request: { ...entry(1).request, method: "DELETE" } }));
    await repos.history.add(entry(2, { resolvedUrl: "https://Special.test/" }));
    await repos.history.add(entry(3, { request: { ...entry(3).request, name: "Login flow" } }));
    await repos.history.add(entry(4));
    const find = async (query: string) => (await repos.history.list({ query })).map((e) => e.id);
    expect(await find("delete")).toEqual(["h1"]);
    expect(await find("SPECIAL")).toEqual(["h2"]);
    expect(await find("login")).toEqual(["h3"]);
    expect(await find("items/4")).toEqual(["h4"]);
    expect(await find("  ")).toHaveLength(4);
  });

  it(`keeps only the newest ${HISTORY_CAP} entries`, async () => {
    const { db, repos } = setup();
    await db.history.bulkAdd(Array.from({ length: HISTORY_CAP }, (_, i) => entry(i)));
    await repos.history.add(entry(5000));
    expect(await db.history.count()).toBe(HISTORY_CAP);
    expect(await repos.history.get("h0")).toBeUndefined();
    expect(await repos.history.get("h1")).toBeDefined();
    expect(await repos.history.get("h5000")).toBeDefined();
  });

  it("truncates response bodies over 1 MB and stamps updatedAt", async () => {
    const { repos, deps } = setup();
    const before = deps.clock.now();
    await repos.history.add(entry(1, { responseBody: "a".repeat(MAX_BODY_CHARS + 10) }));
    const stored = await repos.history.get("h1");
    expect(stored?.responseBody).toHaveLength(MAX_BODY_CHARS);
    expect(stored!.updatedAt).toBeGreaterThan(before);
  });

  it("does not split a surrogate pair when truncating", () => {
    expect(truncateBody("ab😀", 3)).toBe("ab");
    expect(truncateBody("abc", 3)).toBe("abc");
  });

  it("lists entries without bodies; get joins the body back", async () => {
    const { repos } = setup();
    await repos.history.add(entry(1, { responseBody: '{"ok":true}' }));
    const [listed] = await repos.history.list();
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty("responseBody");
    expect((await repos.history.get("h1"))?.responseBody).toBe('{"ok":true}');
  });

  it("getMany reads several entries with their bodies, in the order asked, skipping gone ones", async () => {
    const { repos } = setup();
    await repos.history.add(entry(1, { responseBody: "one" }));
    await repos.history.add(entry(2));
    await repos.history.add(entry(3, { responseBody: "three" }));
    const got = await repos.history.getMany(["h3", "gone", "h1", "h2"]);
    expect(got.map((e) => [e.id, e.responseBody])).toEqual([
      ["h3", "three"],
      ["h1", "one"],
      ["h2", undefined],
    ]);
  });

  it("drops the bodies of entries past the cap", async () => {
    const { db, repos } = setup();
    await repos.history.add(entry(0, { sentAt: 1, responseBody: "oldest" }));
    await db.history.bulkAdd(Array.from({ length: HISTORY_CAP - 1 }, (_, i) => entry(i + 1)));
    await repos.history.add(entry(9999, { responseBody: "newest" }));
    expect(await db.historyBodies.get("h0")).toBeUndefined();
    expect(await db.historyBodies.get("h9999")).toEqual({ id: "h9999", body: "newest" });
  });

  it("clears everything", async () => {
    const { db, repos } = setup();
    await repos.history.add(entry(1, { responseBody: "x" }));
    await repos.history.clear();
    expect(await repos.history.list()).toEqual([]);
    expect(await db.historyBodies.count()).toBe(0);
  });
});
