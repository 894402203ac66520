import { describe, expect, it } from "vitest";
import {
  PREVIEW_CSP_BLOCKED,
  PREVIEW_CSP_REMOTE,
  buildHtmlPreviewDocument,
  decodeHtml,
  htmlEncoding,
} from "./htmlPreviewDocument";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("htmlEncoding", () => {
  it("takes a BOM first, then the Content-Type charset, then a meta charset, else UTF-8", () => {
    expect(htmlEncoding(new Uint8Array([0xff, 0xfe, 0x3c, 0]), "text/html; charset=latin1")).toBe(
      "utf-16le",
    );
    expect(htmlEncoding(bytes("<meta charset=utf-8>"), "text/html; charset=windows-1252")).toBe(
      "windows-1252",
    );
    expect(htmlEncoding(bytes('<meta charset="shift_jis">'), "text/html")).toBe("shift_jis");
    expect(
      htmlEncoding(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'),
        undefined,
      ),
    ).toBe("iso-8859-2");
    expect(htmlEncoding(bytes("<p>x</p>"), "text/html; charset=no-such-thing")).toBe("utf-8");
    expect(htmlEncoding(bytes("<meta charset=utf-16>"), undefined)).toBe("utf-8");
  });

  it("decodes with it", () => {
    expect(decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9]), "text/html; charset=latin1")).toBe(
      "<p>é",
    );
  });
});

describe("buildHtmlPreviewDocument", () => {
  it("puts a CSP that blocks every fetch first, keeping a doctype in front", () => {
    const doc = buildHtmlPreviewDocument("<!DOCTYPE html><img src=http://t.test/p.gif>", {
      remote: false,
      baseUrl: undefined,
    });
    expect(doc.startsWith(`<!DOCTYPE html><meta http-equiv="Content-Security-Policy"`)).toBe(true);
    expect(doc).toContain(PREVIEW_CSP_BLOCKED);
    expect(doc.indexOf(PREVIEW_CSP_BLOCKED)).toBeLessThan(doc.indexOf("<img"));
  });

  it("blocks remote content by default and never allows scripts, frames or objects", () => {
    expect(PREVIEW_CSP_BLOCKED).toContain("default-src 'none'");
    expect(PREVIEW_CSP_BLOCKED).not.toMatch(/https?:/);
    for (const csp of [PREVIEW_CSP_BLOCKED, PREVIEW_CSP_REMOTE]) {
      expect(csp).not.toMatch(/script-src|frame-src|child-src|object-src|connect-src/);
      expect(csp).toContain("form-action 'none'");
    }
    expect(PREVIEW_CSP_REMOTE).toContain("img-src data: http: https:");
    expect(PREVIEW_CSP_REMOTE).toContain("style-src 'unsafe-inline' data: http: https:");
  });

  it("resolves relative URLs against the response's http(s) URL, escaped", () => {
    const doc = buildHtmlPreviewDocument("<img src=a.png>", {
      remote: true,
      baseUrl: 'https://api.test/x?q="><script>',
    });
    expect(doc).toContain(PREVIEW_CSP_REMOTE);
    expect(doc).toContain('<base href="https://api.test/x?q=&quot;>&lt;script>">');
    const local = buildHtmlPreviewDocument("x", { remote: true, baseUrl: "javascript:alert(1)" });
    expect(local).not.toContain("<base");
  });
});
