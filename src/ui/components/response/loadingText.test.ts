import { describe, expect, it } from "vitest";
import { loadingText } from "./loadingText";

describe("loadingText", () => {
  it("names the one script that runs, by level and name", () => {
    expect(loadingText("prerequest", [{ level: "folder", name: "Auth" }])).toBe(
      "Running pre-request script (folder “Auth”)…",
    );
    expect(loadingText("tests", [{ level: "request", name: "Get user" }])).toBe(
      "Running test script (request “Get user”)…",
    );
  });

  it("lists every owner, outermost first, when a stage runs several scripts", () => {
    expect(
      loadingText("tests", [
        { level: "collection", name: "Demo" },
        { level: "folder", name: "Auth" },
        { level: "request", name: "" },
      ]),
    ).toBe("Running test scripts (collection “Demo”, folder “Auth”, request)…");
  });

  it("falls back to the stage alone, and says Sending while the request is on the wire", () => {
    expect(loadingText("prerequest")).toBe("Running the pre-request script…");
    expect(loadingText("sending", [{ level: "request", name: "R" }])).toBe("Sending…");
    expect(loadingText(undefined)).toBe("Sending…");
  });
});
