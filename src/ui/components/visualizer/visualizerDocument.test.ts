import { describe, expect, it } from "vitest";
import { pickCompileOptions, renderTemplate } from "./renderTemplate";
import { VISUALIZER_CSP, buildVisualizerDocument, scriptSafeJson } from "./visualizerDocument";

describe("scriptSafeJson", () => {
  it("escapes anything that could close or confuse an inline script", () => {
    const json = scriptSafeJson({ s: "</script><script>alert(1)</script><!--", l: "a\u2028b" });
    expect(json).not.toMatch(/<|\u2028/);
    expect(JSON.parse(json)).toEqual({
      s: "</script><script>alert(1)</script><!--",
      l: "a\u2028b",
    });
  });

  it("turns values JSON cannot hold into null", () => {
    expect(scriptSafeJson(undefined)).toBe("null");
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(scriptSafeJson(cyclic)).toBe("null");
  });
});

describe("buildVisualizerDocument", () => {
  it("puts the CSP and the getData shim before the template's HTML", () => {
    const doc = buildVisualizerDocument("<p>hi</p>", { n: 1 });
    expect(doc.indexOf(VISUALIZER_CSP)).toBeGreaterThan(-1);
    expect(doc.indexOf("getData")).toBeLessThan(doc.indexOf("<p>hi</p>"));
    expect(doc).toContain('var d={"n":1};');
    expect(VISUALIZER_CSP).toContain("default-src 'none'");
    // Ignored by Chromium 156 (the panel's note says so), honoured where supported.
    expect(VISUALIZER_CSP).toContain("webrtc 'block'");
    expect(VISUALIZER_CSP).not.toMatch(/https?:|\*|'self'/);
  });

  it("keeps a template's doctype first", () => {
    const doc = buildVisualizerDocument("\n<!DOCTYPE html><html><body>x</body></html>", null);
    expect(doc.startsWith("<!DOCTYPE html><meta http-equiv")).toBe(true);
    expect(doc.match(/doctype/gi)).toHaveLength(1);
  });
});

describe("renderTemplate", () => {
  it("renders data and escapes HTML in values", async () => {
    const r = await renderTemplate("{{#each rows}}<td>{{this}}</td>{{/each}}", {
      rows: ["a", "<b>"],
    });
    expect(r).toEqual({ ok: true, html: "<td>a</td><td>&lt;b&gt;</td>" });
  });

  it("reports a template that does not compile", async () => {
    const r = await renderTemplate("{{#each rows}}<td>", {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Parse error|doesn't match|Expecting/);
  });

  it("blocks prototype access", async () => {
    const r = await renderTemplate(
      '[{{constructor.constructor}}][{{#with __proto__}}{{polluted}}{{/with}}][{{lookup this "constructor"}}]',
      { a: 1 },
    );
    expect(r).toEqual({ ok: true, html: "[][][]" });
  });

  it("passes only known boolean compile options", async () => {
    expect(pickCompileOptions({ noEscape: true, strict: "yes", knownHelpers: {} })).toEqual({
      noEscape: true,
    });
    expect(pickCompileOptions(null)).toEqual({});
    const r = await renderTemplate("{{x}}", { x: "<i>" }, { noEscape: true });
    expect(r).toEqual({ ok: true, html: "<i>" });
  });
});
