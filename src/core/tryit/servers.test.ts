import { describe, expect, it } from "vitest";
import { findOperation } from "./findOperation";
import { serverUrl } from "./servers";
import { spec30, spec31, swagger20 } from "./test/specs";
import type { TryItServer } from "./types";

const servers = (doc: unknown, selector: string): TryItServer[] => {
  const r = findOperation(doc, selector);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.servers;
};
const url = (
  server: TryItServer | undefined,
  values?: Record<string, string>,
  specUrl?: string,
) => {
  if (!server) throw new Error("no server");
  const r = serverUrl(server, values, specUrl);
  return r.ok ? r.value : r.error;
};

describe("which servers apply", () => {
  it("operation servers over path servers over the document's", () => {
    expect(servers(spec30, "secure").map((s) => s.url)).toEqual(["https://op.api.test/{v}"]);
    expect(servers(spec30, "getItem").map((s) => s.url)).toEqual(["https://items.api.test"]);
    expect(servers(spec30, "createTree").map((s) => s.url)).toEqual([
      "/v1",
      "https://{region}.api.test:{port}/base/",
    ]);
  });

  it("defaults to / when nothing declares one", () => {
    expect(servers(spec31, "getThing")).toEqual([{ url: "/", variables: {} }]);
  });

  it("builds one server per scheme for Swagger 2.0, https first", () => {
    expect(servers(swagger20, "lists").map((s) => s.url)).toEqual([
      "https://api.two.test/v2",
      "http://api.two.test/v2",
    ]);
  });

  it("uses the spec's own scheme, or host, when 2.0 names none", () => {
    const noSchemes = { ...swagger20, schemes: undefined };
    const [s] = servers(noSchemes, "lists");
    expect(s?.url).toBe("//api.two.test/v2");
    expect(url(s, {}, "https://docs.test/spec.json")).toBe("https://api.two.test/v2");
    const noHost = { ...swagger20, host: undefined };
    expect(url(servers(noHost, "lists")[0], {}, "https://docs.test/api/spec.json")).toBe(
      "https://docs.test/v2",
    );
  });
});

describe("serverUrl", () => {
  const templated = servers(spec30, "createTree")[1];

  it("substitutes defaults and chosen values, dropping the trailing slash", () => {
    expect(url(templated)).toBe("https://eu.api.test:443/base");
    expect(url(templated, { region: "us", port: "8443" })).toBe("https://us.api.test:8443/base");
  });

  it("refuses a value outside the enum, listing the choices", () => {
    const e = url(templated, { region: "mars" });
    expect(e).toMatchObject({ code: "INVALID_SERVER_VARIABLE", hint: "region: one of eu, us" });
  });

  it("refuses a variable nobody declared", () => {
    const e = url({ url: "https://{host}/", variables: {} });
    expect(e).toMatchObject({ code: "INVALID_SERVER_VARIABLE" });
  });

  it("resolves a relative server against the spec URL", () => {
    const relative = servers(spec30, "createTree")[0];
    expect(url(relative, {}, "https://docs.test/specs/api.yaml")).toBe("https://docs.test/v1");
    expect(url({ url: "v1", variables: {} }, {}, "https://docs.test/specs/api.yaml")).toBe(
      "https://docs.test/specs/v1",
    );
    expect(url(relative)).toBe("/v1");
  });
});
