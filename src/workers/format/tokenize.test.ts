import { describe, expect, it } from "vitest";
import { tokenizeJsonLine, tokenizeMarkupLine } from "./tokenize";
import type { Token } from "./types";

const show = (text: string, tokens: Token[]) =>
  tokens.map((t) => `${t.type}:${text.slice(t.from, t.to)}`);

describe("tokenizeJsonLine", () => {
  it("tells keys from string values", () => {
    const line = '  "na\\"me": "v:al",';
    expect(show(line, tokenizeJsonLine(line))).toEqual([
      'key:"na\\"me"',
      "punctuation::",
      'string:"v:al"',
      "punctuation:,",
    ]);
  });

  it("colours numbers, literals and brackets", () => {
    const line = "[-1.5e+3, true, false, null, {}]";
    expect(show(line, tokenizeJsonLine(line))).toEqual([
      "punctuation:[",
      "number:-1.5e+3",
      "punctuation:,",
      "literal:true",
      "punctuation:,",
      "literal:false",
      "punctuation:,",
      "literal:null",
      "punctuation:,",
      "punctuation:{",
      "punctuation:}",
      "punctuation:]",
    ]);
  });

  it("uses UTF-16 offsets", () => {
    const line = '"😀": 1';
    expect(tokenizeJsonLine(line)[0]).toEqual({ from: 0, to: 4, type: "key" });
  });
});

describe("tokenizeMarkupLine", () => {
  it("colours tags, attributes, values and comments", () => {
    const line = '<item id="x" n=\'1\'>Text "q"</item><!-- c -->';
    expect(show(line, tokenizeMarkupLine(line))).toEqual([
      "tag:<item",
      "attr:id",
      'string:"x"',
      "attr:n",
      "string:'1'",
      "tag:>",
      "tag:</item",
      "tag:>",
      "comment:<!-- c -->",
    ]);
  });
});
