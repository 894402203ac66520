import { describe, expect, it } from "vitest";
import type { HttpResponse } from "../../../core/http/transport";
import { MAX_EXAMPLE_BYTES, exampleFromResponse } from "./exampleFromResponse";

const response = (body: Uint8Array): HttpResponse => ({
  status: 201,
  statusText: "Created",
  headers: [["Content-Type", "application/json; charset=utf-8"]],
  body,
  timeMs: 12,
  url: "http://x.test/",
  redirected: false,
});

describe("exampleFromResponse", () => {
  it("keeps status, headers and the body as text", () => {
    const body = new TextEncoder().encode('{"name":"café"}');
    expect(exampleFromResponse(response(body), "ex1", "Add user")).toMatchObject({
      ok: true,
      value: { name: "Add user" },
    });
    const r = exampleFromResponse(response(body), "ex1");
    expect(r).toEqual({
      ok: true,
      value: {
        id: "ex1",
        name: "201 Created",
        status: 201,
        statusText: "Created",
        headers: [{ key: "Content-Type", value: "application/json; charset=utf-8", enabled: true }],
        body: '{"name":"café"}',
      },
    });
  });

  it("refuses a body over the limit, saying how big it is", () => {
    const r = exampleFromResponse(response(new Uint8Array(MAX_EXAMPLE_BYTES + 1)), "ex1");
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.error.message).toMatch(/too big to save as an example; the limit is/);
  });
});
