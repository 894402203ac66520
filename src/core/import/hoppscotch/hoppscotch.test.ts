import { describe, expect, it } from "vitest";
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { Deps } from "../../factory";
import { importText } from "../funnel";
import { importHoppscotch } from "./index";
import { sampleHoppscotch } from "./test/fixtures";

const deps = (): Deps => ({ clock: makeFixedClock(1), random: makeSeededRandom(2) });

describe("importHoppscotch", () => {
  const r = importText(JSON.stringify(sampleHoppscotch), deps(), "ws");
  if (!r.ok) throw new Error(r.error.message);
  const b = r.value.bundle;
  const byName = (n: string) => b.requests.find((x) => x.name === n)!;

  it("is detected and builds collection, folders and requests", () => {
    expect(r.value.kind).toBe("hoppscotch");
    expect(r.value.summary).toBe("1 collection, 1 folder, 4 requests");
    expect(b.collections[0]?.name).toBe("Todo");
    expect(byName("Create item").parentId).toBe(b.folders[0]?.id);
    expect(byName("List items").parentId).toBeNull();
  });

  it("rewrites <<var>> to {{var}} and merges params into the URL", () => {
    const list = byName("List items");
    expect(list.url).toBe("{{base}}/items?done=false&limit=5");
    expect(list.params.map((p) => p.key)).toEqual(["done", "limit"]);
    expect(list.auth.attributes[0]).toMatchObject({ key: "token", value: "{{token}}" });
    expect(list.body.mode).toBe("none");
    const create = byName("Create item");
    expect(create.body).toMatchObject({
      mode: "raw",
      raw: '{"title": "{{title}}"}',
      language: "json",
    });
    expect(create.headers[0]).toEqual({ key: "X-Trace", value: "{{trace}}", enabled: false });
    expect(create.auth.type).toBe("inherit");
  });

  it("reads urlencoded text, multipart fields and api keys", () => {
    const login = byName("Login");
    expect(login.method).toBe("POST");
    expect(login.body.urlencoded).toEqual([
      { key: "user", value: "ada", enabled: true },
      { key: "debug", value: "1", enabled: false },
    ]);
    const up = byName("Upload");
    expect(up.body.formdata.map((f) => [f.key, f.type])).toEqual([
      ["note", "text"],
      ["file", "file"],
    ]);
    expect(up.auth.attributes.find((a) => a.key === "in")?.value).toBe("query");
  });

  it("keeps scripts aside with a warning", () => {
    expect(byName("Create item").extra).toEqual({
      hoppscotch: { preRequestScript: "", testScript: 'pw.test("ok", () => {});' },
    });
    expect(r.value.warnings.some((w) => w.includes("scripts"))).toBe(true);
  });

  it("reports bad shapes with a path", () => {
    const bad = { v: 2, name: "x", folders: [], requests: [{ endpoint: 3, headers: {} }] };
    const res = importHoppscotch(bad, deps(), "ws");
    expect(!res.ok && res.error).toMatchObject({
      code: "INVALID_HOPPSCOTCH",
      at: "requests[0].headers",
    });
  });
});
