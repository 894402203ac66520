import { describe, expect, it } from "vitest";
import { makeDocument } from "./document";
import { prettyXml } from "./prettyXml";
import { utf8 } from "./test/fixtures";

const print = (s: string) => {
  const r = prettyXml(utf8(s));
  return r === undefined ? undefined : new TextDecoder().decode(r.bytes);
};
/** The text with the whitespace between tags removed: what pretty-printing may change. */
const squeeze = (s: string) => s.replace(/>\s+</g, "><").trim();

describe("prettyXml", () => {
  it("indents nested elements by two spaces and keeps a declaration on its own line", () => {
    expect(print('<?xml version="1.0"?><a><b><c/></b><d x="1"></d></a>')).toBe(
      '<?xml version="1.0"?>\n<a>\n  <b>\n    <c/>\n  </b>\n  <d x="1"></d>\n</a>',
    );
  });

  it("re-indents an already indented document the same way", () => {
    const once = print("<a>\n\t\t<b>\n<c/>\n   </b>\n</a>\n")!;
    expect(once).toBe("<a>\n  <b>\n    <c/>\n  </b>\n</a>");
    expect(print(once)).toBe(once);
  });

  it("keeps CDATA, comments and processing instructions byte for byte", () => {
    const src = "<r><!-- a <b> comment --><?pi x > y?><s><![CDATA[ <not a tag> & ]]></s></r>";
    expect(print(src)).toBe(
      "<r>\n  <!-- a <b> comment -->\n  <?pi x > y?>\n  <s><![CDATA[ <not a tag> & ]]></s>\n</r>",
    );
  });

  it("copies mixed content exactly, whitespace and all", () => {
    const src = "<doc><p>Hello <b>big</b>  world\n  again</p><q> </q></doc>";
    expect(print(src)).toBe("<doc>\n  <p>Hello <b>big</b>  world\n  again</p>\n  <q></q>\n</doc>");
  });

  it("does not end a tag at a > inside a quoted attribute", () => {
    expect(print(`<a title="x > y" alt='<&gt;'><b k="/>"/></a>`)).toBe(
      `<a title="x > y" alt='<&gt;'>\n  <b k="/>"/>\n</a>`,
    );
  });

  it("keeps a DOCTYPE with an internal subset, and namespaced names", () => {
    const src = '<!DOCTYPE n [<!ENTITY e "v>">]><ns:n xmlns:ns="u"><ns:m/></ns:n>';
    expect(print(src)).toBe(
      '<!DOCTYPE n [<!ENTITY e "v>">]>\n<ns:n xmlns:ns="u">\n  <ns:m/>\n</ns:n>',
    );
  });

  it("changes nothing but the whitespace between tags", () => {
    const src = '<a><b>1</b>\n<c d="2"><!--x--><e/></c></a>';
    expect(squeeze(print(src)!)).toBe(squeeze(src));
  });

  it.each([
    ["an empty body", ""],
    ["text only", "hello"],
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an unclosed element", "<a><b></b>"],
    ["two roots", "<a/><b/>"],
    ["text after the root", "<a/>tail"],
    ["an unterminated comment", "<a><!-- x</a>"],
    ["an unterminated CDATA", "<a><![CDATA[x</a>"],
    ["an unterminated attribute", '<a b="x></a>'],
    ["a stray <", "<a>< b</a>"],
    ["CDATA outside the root", "<![CDATA[x]]><a/>"],
    ["an end tag with no start", "</a>"],
  ])("falls back to raw for %s", (_name, input) => {
    expect(print(input)).toBeUndefined();
  });

  it("is what the document shows for an XML response, with folds per element", () => {
    const doc = makeDocument(utf8("<a><b><c/></b></a>"), "application/xml");
    expect(doc.info).toMatchObject({ kind: "xml", prettyOk: true, lineCount: 5, rawLineCount: 1 });
    expect(doc.lines(0, 5, "pretty").map((l) => [l.text, l.foldEnd])).toEqual([
      ["<a>", 4],
      ["  <b>", 3],
      ["    <c/>", undefined],
      ["  </b>", undefined],
      ["</a>", undefined],
    ]);
    const bad = makeDocument(utf8("<a><b></a>"), "text/xml");
    expect(bad.info).toMatchObject({ prettyOk: false, lineCount: 1 });
  });
});
