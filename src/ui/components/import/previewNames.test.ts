import { describe, expect, it } from "vitest";
import { previewNames } from "./previewNames";

describe("previewNames", () => {
  it("names the collection and environments an import creates", () => {
    expect(previewNames({ collections: ["Sample"], environments: [] })).toBe("Collection “Sample”");
    expect(previewNames({ collections: ["A"], environments: ["Dev", "Prod"] })).toBe(
      "Collection “A” · Environments “Dev”, “Prod”",
    );
  });

  it("cuts a long list, and says nothing when nothing is named", () => {
    const many = ["1", "2", "3", "4", "5", "6", "7"];
    expect(previewNames({ environments: many })).toBe(
      "Environments “1”, “2”, “3”, “4”, “5” and 2 more",
    );
    expect(previewNames({})).toBe("");
  });
});
