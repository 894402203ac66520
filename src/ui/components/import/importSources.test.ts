// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Transport } from "../../../core/http/transport";
import { NO_CAPABILITIES } from "../../../core/http/transport";
import { findSibling, loadFiles, loadUrl, pickRoot } from "./importSources";

const file = (name: string, text = "", relative = "") => {
  const f = new File([text], name);
  if (relative) Object.defineProperty(f, "webkitRelativePath", { value: relative });
  return f;
};

describe("pickRoot", () => {
  it("prefers a file named openapi.* or swagger.*", () => {
    const files = [file("pet.yaml"), file("openapi.yaml"), file("c.json")];
    expect(pickRoot(files, ["type: object", "openapi: 3.0.0", '{"info":{}}'])).toBe(1);
    expect(pickRoot([file("a.yaml"), file("Swagger.json")], ["", ""])).toBe(1);
  });

  it("else takes the first file in a format we import, else the first", () => {
    const env = JSON.stringify({ name: "Dev", values: [] });
    expect(pickRoot([file("notes.txt"), file("dev.json")], ["hello", env])).toBe(1);
    expect(pickRoot([file("a.txt"), file("b.txt")], ["hello", "world"])).toBe(0);
  });
});

describe("findSibling", () => {
  const files = [
    file("openapi.yaml", "", "api/openapi.yaml"),
    file("pet.yaml", "", "api/schemas/pet.yaml"),
    file("common.json"),
  ];
  it("matches the path, a path suffix, or a unique base name", () => {
    expect(findSibling(files, "api/schemas/pet.yaml")?.name).toBe("pet.yaml");
    expect(findSibling(files, "./schemas/pet.yaml")?.name).toBe("pet.yaml");
    expect(findSibling(files, "shared/common.json")?.name).toBe("common.json");
    expect(findSibling(files, "api/missing.yaml")).toBeUndefined();
  });

  it("refuses an ambiguous base name", () => {
    const twins = [file("a.yaml", "", "x/a.yaml"), file("a.yaml", "", "y/a.yaml")];
    expect(findSibling(twins, "z/a.yaml")).toBeUndefined();
  });
});

describe("loadFiles", () => {
  it("leaves one file unread for the import worker, with no RefSource", async () => {
    const cmd = file("cmd.sh", "curl https://x.test");
    Object.defineProperty(cmd, "text", { value: () => Promise.reject(new Error("read here")) });
    const r = await loadFiles([cmd]);
    expect(r).toEqual({ ok: true, value: { source: cmd, name: "cmd.sh" } });
  });

  it("imports the root and loads the others by relative path", async () => {
    const r = await loadFiles([
      file("pet.yaml", "type: object"),
      file("openapi.yaml", "openapi: 3.0.0"),
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.name).toBe("openapi.yaml");
    expect(r.value.source).toBe("openapi: 3.0.0");
    expect(r.value.refs?.base).toBe("openapi.yaml");
    await expect(r.value.refs?.load("schemas/pet.yaml")).resolves.toBe("type: object");
    await expect(r.value.refs?.load("other.yaml")).rejects.toThrow(
      "other.yaml was not among the chosen files.",
    );
  });
});

describe("loadUrl", () => {
  const transport = (
    pages: Record<string, string>,
    asked: string[] = [],
    redirects: Record<string, string> = {},
  ): Transport => ({
    name: "fake",
    capabilities: NO_CAPABILITIES,
    send: (req) => {
      asked.push(req.url);
      const to = redirects[req.url];
      const page = pages[to ?? req.url];
      if (page === undefined) {
        return Promise.resolve({
          ok: false,
          error: { code: "UNREACHABLE", message: "gone", hint: "h" },
        });
      }
      const body = new TextEncoder().encode(page);
      const response = {
        status: 200,
        statusText: "OK",
        headers: [],
        body,
        timeMs: 1,
        url: to ?? req.url,
        redirected: to !== undefined,
      };
      return Promise.resolve({ ok: true, response });
    },
  });

  it("loads refs relative to the URL, and passes the transport's explanation on", async () => {
    const t = transport({
      "https://a.test/v1/api.yaml": "openapi: 3.0.0",
      "https://a.test/common.yaml": "x: 1",
    });
    const r = await loadUrl(t, "https://a.test/v1/api.yaml");
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({
      source: "openapi: 3.0.0",
      name: "https://a.test/v1/api.yaml",
    });
    await expect(r.value.refs?.load("../common.yaml")).resolves.toBe("x: 1");
    await expect(r.value.refs?.load("https://a.test/nope.yaml")).rejects.toThrow("gone");
    const failed = await loadUrl(t, "https://a.test/missing");
    expect(failed).toEqual({
      ok: false,
      error: { code: "UNREACHABLE", message: "gone", hint: "h" },
    });
  });

  it("fetches each referenced document once, and refuses a redirect to another origin", async () => {
    const asked: string[] = [];
    const t = transport(
      {
        "https://a.test/v1/api.yaml": "openapi: 3.0.0",
        "https://a.test/v1/pet.yaml": "x: 1",
        "http://169.254.169.254/latest/meta-data/": "secret",
        "https://a.test/v1/moved-here.yaml": "y: 2",
      },
      asked,
      {
        "https://a.test/v1/evil.yaml": "http://169.254.169.254/latest/meta-data/",
        "https://a.test/v1/moved.yaml": "https://a.test/v1/moved-here.yaml",
      },
    );
    const r = await loadUrl(t, "https://a.test/v1/api.yaml");
    if (!r.ok) throw new Error(r.error.message);
    await expect(r.value.refs?.load("https://a.test/v1/pet.yaml")).resolves.toBe("x: 1");
    await expect(r.value.refs?.load("https://a.test/v1/pet.yaml")).resolves.toBe("x: 1");
    expect(asked.filter((u) => u.endsWith("pet.yaml"))).toHaveLength(1);
    await expect(r.value.refs?.load("https://a.test/v1/evil.yaml")).rejects.toThrow(
      "https://a.test/v1/evil.yaml redirected to another origin " +
        "(http://169.254.169.254/latest/meta-data/), which was not allowed.",
    );
    await expect(r.value.refs?.load("https://a.test/v1/moved.yaml")).resolves.toBe("y: 2");
  });
});
