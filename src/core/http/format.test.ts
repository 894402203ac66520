import { describe, expect, it } from "vitest";
import { contentKind, formatBytes, statusText } from "./format";

describe("format", () => {
  it("formats bytes", () => {
    expect([0, 512, 1024, 1536, 10_240, 1_048_576 * 2.25, 5 * 1024 ** 3].map(formatBytes)).toEqual([
      "0 B",
      "512 B",
      "1 KB",
      "1.5 KB",
      "10 KB",
      "2.25 MB",
      "5 GB",
    ]);
    expect(formatBytes(-1)).toBe("0 B");
  });

  it("knows reason phrases", () => {
    expect(statusText(200)).toBe("OK");
    expect(statusText(404)).toBe("Not Found");
    expect(statusText(418)).toBe("I'm a teapot");
    expect(statusText(599)).toBe("");
  });

  it("classifies content types", () => {
    const kind = (type?: string) => contentKind(type === undefined ? [] : [["Content-Type", type]]);
    expect(kind("application/json; charset=utf-8")).toBe("json");
    expect(kind("application/problem+json")).toBe("json");
    expect(kind("text/xml")).toBe("xml");
    expect(kind("application/atom+xml")).toBe("xml");
    expect(kind("text/html")).toBe("html");
    expect(kind("image/png")).toBe("image");
    expect(kind("image/svg+xml")).toBe("image");
    expect(kind("application/pdf")).toBe("pdf");
    expect(kind("text/csv")).toBe("text");
    expect(kind("application/javascript")).toBe("text");
    expect(kind("application/octet-stream")).toBe("binary");
    expect(kind()).toBe("text");
    expect(contentKind([["content-type", "APPLICATION/JSON"]])).toBe("json");
  });
});
