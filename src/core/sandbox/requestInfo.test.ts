import { describe, expect, it } from "vitest";
import { scriptDescription, scriptRequestId } from "./requestInfo";

describe("what scripts see of the stored request", () => {
  it("pm.info.requestId is the Postman item id when there was one", () => {
    expect(scriptRequestId({ id: "ours", extra: { postmanId: "id-get" } })).toBe("id-get");
    expect(scriptRequestId({ id: "ours" })).toBe("ours");
    expect(scriptRequestId({ id: "ours", extra: { postmanId: "" } })).toBe("ours");
  });

  it("pm.request.description is {content, type}, text/plain unless the import said otherwise", () => {
    expect(scriptDescription({ description: "" })).toBeUndefined();
    expect(scriptDescription({ description: "Hi" })).toEqual({ content: "Hi", type: "text/plain" });
    expect(
      scriptDescription({ description: "Hi", extra: { description: { type: "text/markdown" } } }),
    ).toEqual({ content: "Hi", type: "text/markdown" });
  });
});
