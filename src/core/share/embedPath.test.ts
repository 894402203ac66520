import { describe, expect, it } from "vitest";
import { EMBED_NAVIGATION } from "./embedPath";

describe("EMBED_NAVIGATION", () => {
  it("matches the embed page with and without a query", () => {
    for (const p of [
      "/embed",
      "/embed/",
      "/embed.html",
      "/embed?collection=http%3A%2F%2Fx",
      "/embed.html?theme=dark",
    ]) {
      expect(EMBED_NAVIGATION.test(p), p).toBe(true);
    }
  });
  it("leaves the app's other paths to the app shell", () => {
    for (const p of ["/", "/embedded", "/embed/x", "/x/embed", "/?embed", "/index.html"]) {
      expect(EMBED_NAVIGATION.test(p), p).toBe(false);
    }
  });
});
