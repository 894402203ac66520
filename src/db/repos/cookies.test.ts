import { describe, expect, it } from "vitest";
import type { CookieRecord } from "../../core/cookies/types";
import { setup } from "../test/helpers";

const cookie = (key: string, domain: string, path = "/", value = "v"): CookieRecord => ({
  key,
  value,
  domain,
  path,
  hostOnly: true,
});
const names = (list: CookieRecord[]) => list.map((c) => `${c.domain}${c.path} ${c.key}`);

describe("cookies", () => {
  it("lists a workspace's cookies, or one domain's exactly, and keeps workspaces apart", async () => {
    const { repos } = setup();
    await repos.cookies.put("ws", cookie("b", "b.test"));
    await repos.cookies.put("ws", cookie("a", "a.test", "/x"));
    await repos.cookies.put("ws", cookie("a", "a.test"));
    await repos.cookies.put("ws", cookie("sub", "api.a.test"));
    await repos.cookies.put("other", cookie("a", "a.test"));
    expect(names(await repos.cookies.list("ws"))).toEqual([
      "a.test/ a",
      "a.test/x a",
      "api.a.test/ sub",
      "b.test/ b",
    ]);
    expect(names(await repos.cookies.list("ws", "a.test"))).toEqual(["a.test/ a", "a.test/x a"]);
    expect(names(await repos.cookies.list("other"))).toEqual(["a.test/ a"]);
  });

  it("replaces a cookie of the same domain, path and name; deletes and clears by domain", async () => {
    const { repos } = setup();
    await repos.cookies.put("ws", cookie("a", "a.test", "/", "1"));
    await repos.cookies.put("ws", cookie("a", "a.test", "/", "2"));
    await repos.cookies.put("ws", cookie("b", "a.test"));
    await repos.cookies.put("ws", cookie("c", "c.test"));
    await repos.cookies.put("other", cookie("k", "a.test"));
    expect((await repos.cookies.list("ws", "a.test")).map((c) => c.value)).toEqual(["2", "v"]);
    await repos.cookies.delete("ws", { domain: "a.test", path: "/", key: "b" });
    await repos.cookies.delete("ws", { domain: "a.test", path: "/", key: "absent" });
    expect(names(await repos.cookies.list("ws"))).toEqual(["a.test/ a", "c.test/ c"]);
    await repos.cookies.clearDomain("ws", "a.test");
    expect(names(await repos.cookies.list("ws"))).toEqual(["c.test/ c"]);
    await repos.cookies.clear("ws");
    expect(await repos.cookies.list("ws")).toEqual([]);
    expect(names(await repos.cookies.list("other"))).toEqual(["a.test/ k"]);
  });

  it("loads the stored jar and saves its changes row by row, leaving others' rows alone", async () => {
    const { repos } = setup();
    await repos.cookies.put("ws", cookie("old", "a.test"));
    await repos.cookies.put("ws", {
      ...cookie("stale", "a.test"),
      expires: "1969-12-31T00:00:00.000Z",
    });
    const jar = await repos.cookies.loadJar("ws");
    expect(jar.cookiesFor("http://a.test/")).toBe("old=v");
    // Another tab stores a cookie meanwhile: saving this jar keeps it.
    await repos.cookies.put("ws", cookie("theirs", "b.test"));
    jar.store("http://a.test/", ["new=1; Path=/", "old=; Max-Age=0"]);
    await repos.cookies.saveJar("ws", jar);
    expect(names(await repos.cookies.list("ws"))).toEqual(["a.test/ new", "b.test/ theirs"]);
    await repos.cookies.saveJar("ws", jar);
    expect(names(await repos.cookies.list("ws"))).toEqual(["a.test/ new", "b.test/ theirs"]);
  });
});
