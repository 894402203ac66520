import { describe, expect, it } from "vitest";
import { currentToken } from "./current";
import { oauth2Auth } from "./test/helpers";

describe("the current token", () => {
  it("is the newest stored token named like the auth's tokenName, none without a name", () => {
    const tokens = [
      { id: "1", name: "A", accessToken: "old", createdAt: 1 },
      { id: "2", name: "A", accessToken: "new", createdAt: 2 },
      { id: "3", name: "B", accessToken: "b", createdAt: 3 },
    ];
    expect(currentToken(tokens, oauth2Auth({ tokenName: "A" }))?.accessToken).toBe("new");
    expect(currentToken(tokens, oauth2Auth({ tokenName: "C" }))).toBeUndefined();
    expect(currentToken(tokens, oauth2Auth({}))).toBeUndefined();
  });
});
