import { describe, expect, it } from "vitest";
import { GUEST_LIB_NAMES } from "../libs";
import { guestLibsPlugin } from "./guestLibsPlugin";

type Hook = (...args: unknown[]) => unknown;
const hook = (p: ReturnType<typeof guestLibsPlugin>, name: string) =>
  (p as unknown as Record<string, Hook>)[name]!;

describe("guestLibsPlugin", () => {
  it("emits every library as sandbox-libs/<file>.js in a build", async () => {
    const plugin = guestLibsPlugin();
    hook(plugin, "configResolved")({ command: "build" });
    const emitted: { fileName: string; source: string }[] = [];
    await hook(plugin, "generateBundle").call({
      emitFile: (f: { fileName: string; source: string }) => emitted.push(f),
    });
    expect(emitted.map((f) => f.fileName)).toEqual(
      GUEST_LIB_NAMES.map((n) => `sandbox-libs/${n.replace(/[^a-z0-9]+/gi, "-")}.js`),
    );
    expect(emitted.every((f) => f.source.includes("module.exports"))).toBe(true);
  });

  it("serves a library in dev and passes other paths on", async () => {
    const plugin = guestLibsPlugin();
    hook(plugin, "configResolved")({ command: "serve" });
    let middleware: Hook | undefined;
    hook(plugin, "configureServer")({ middlewares: { use: (m: Hook) => (middleware = m) } });
    const served = await new Promise<{ type: string; body: string }>((resolve, reject) => {
      const headers: Record<string, string> = {};
      middleware!(
        { url: "/sandbox-libs/tv4.js?v=1" },
        {
          setHeader: (k: string, v: string) => (headers[k] = v),
          end: (body: string) => resolve({ type: headers["Content-Type"] ?? "", body }),
        },
        reject,
      );
    });
    expect(served.type).toBe("text/javascript; charset=utf-8");
    expect(served.body).toContain("tv4");
    let passed = false;
    middleware!({ url: "/sandbox-libs/fs.js" }, {}, () => (passed = true));
    expect(passed).toBe(true);
  });
});
