import { describe, expect, it } from "vitest";
import type { OAuth2Token } from "../../core/auth/types";
import { setup } from "../test/helpers";

const token = (id: string, createdAt: number, over: Partial<OAuth2Token> = {}): OAuth2Token => ({
  id,
  name: `Token ${id}`,
  accessToken: `at-${id}`,
  createdAt,
  ...over,
});

describe("oauth2Tokens", () => {
  it("lists a collection's tokens oldest first, apart from other collections'", async () => {
    const { repos } = setup();
    await repos.oauth2Tokens.put("c1", token("b", 20));
    await repos.oauth2Tokens.put("c1", token("a", 10, { refreshToken: "r", expiresAt: 99 }));
    await repos.oauth2Tokens.put("c2", token("c", 5));
    expect(await repos.oauth2Tokens.list("c1")).toEqual([
      token("a", 10, { refreshToken: "r", expiresAt: 99 }),
      token("b", 20),
    ]);
    expect((await repos.oauth2Tokens.list("c2")).map((t) => t.id)).toEqual(["c"]);
    expect(await repos.oauth2Tokens.list("none")).toEqual([]);
  });

  it("replaces a token by id (a refresh), deletes one and clears a collection", async () => {
    const { repos } = setup();
    await repos.oauth2Tokens.put("c1", token("a", 10));
    await repos.oauth2Tokens.put("c1", token("b", 20));
    await repos.oauth2Tokens.put("c2", token("c", 5));
    await repos.oauth2Tokens.put("c1", token("a", 10, { accessToken: "refreshed" }));
    expect((await repos.oauth2Tokens.list("c1")).map((t) => t.accessToken)).toEqual([
      "refreshed",
      "at-b",
    ]);
    await repos.oauth2Tokens.delete("b");
    await repos.oauth2Tokens.delete("absent");
    expect((await repos.oauth2Tokens.list("c1")).map((t) => t.id)).toEqual(["a"]);
    await repos.oauth2Tokens.clear("c1");
    expect(await repos.oauth2Tokens.list("c1")).toEqual([]);
    expect((await repos.oauth2Tokens.list("c2")).map((t) => t.id)).toEqual(["c"]);
  });
});
