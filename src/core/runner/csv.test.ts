import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { csvAutoParse, parseNewmanCsv } from "./csv";

type CsvParse = (
  data: string,
  options: Record<string, unknown>,
  callback: (error: Error | undefined, records: unknown) => void,
) => void;

/** csv-parse 4.16.3 (Newman's) with the options and cast Newman's iterationData loader passes. */
const csvParse = createRequire(import.meta.url)("csv-parse") as CsvParse;
function newmanCsv(data: string): Promise<{ rows?: unknown; error?: string }> {
  return new Promise((resolve) => {
    csvParse(
      data,
      {
        columns: true,
        escape: '"',
        cast: (value: string, context: { quoting: boolean }) =>
          csvAutoParse(value, context.quoting),
        trim: true,
        relax: true,
        relax_column_count: true,
        bom: true,
      },
      (error, rows) => resolve(error ? { error: error.message } : { rows }),
    );
  });
}

/** Ours in the same shape (errors compared by presence: line numbers are counted differently). */
function ours(data: string): { rows?: unknown; error?: string } {
  const r = parseNewmanCsv(data);
  return r.ok ? { rows: r.value } : { error: r.error.message };
}

async function expectSame(data: string) {
  const theirs = await newmanCsv(data);
  const mine = ours(data);
  if (theirs.error !== undefined) expect(mine.error, JSON.stringify(data)).toBeDefined();
  else expect(mine, JSON.stringify(data)).toEqual(theirs);
}

const CASES: Record<string, string> = {
  simple: "a,b\n1,2\n3,4",
  bom: "\uFEFFname,n\nx,1\n",
  crlf: "a,b\r\n1,2\r\n3,4\r\n",
  cr: "a,b\r1,2\r3,4",
  mixedAfterCrlf: "a,b\r\n1,2\n3,4\r\n",
  quotedComma: 'a,b\n"x, y",2\n',
  quotedNewline: 'a,b\n"line1\nline2",2\n',
  quotedCrlf: 'a,b\r\n"line1\r\nline2",2\r\n',
  escapedQuotes: 'a,b\n"say ""hi""",2\n',
  emptyQuoted: 'a,b\n"",""\n',
  emptyLines: "a,b\n1,2\n\n3,4\n\n",
  emptyLineCrlf: "a,b\r\n\r\n1,2\r\n",
  trailingEmptyLine: "a,b\n1,2\n\n",
  headerOnly: "a,b\n",
  empty: "",
  onlyNewlines: "\n\n",
  shortRow: "a,b,c\n1\n",
  longRow: "a\n1,2,3\n",
  trims: "a , b\n  1 ,\t2  \n",
  quotedTrim: 'a,b\n  "x"  , "y"\n',
  quoteInsideUnquoted: 'a,b\nsay "hi",2\n',
  textAfterClosingQuote: 'a,b\n"x"y,2\n',
  unclosedQuote: 'a,b\n"x,2\n',
  numbers:
    "i,f,e,n,lz,hex,plus,neg,big,inf,nan,dot\n1,1.5,1e3,-2,007,0x1A,+5,-0,12345678901234567890,Infinity,NaN,.5\n",
  quotedNumbers: 'i,f\n"1","1.5"\n',
  booleans: "t,f,n\ntrue,false,null\n",
  numericHeader: "1,b\nx,y\n",
  quotedNumericHeader: '"1",b\nx,y\n',
  duplicateHeader: "a,a\n1,2\n",
  protoHeader: "__proto__,constructor\n1,2\n",
  unicode: "näme,ü\nçé,日本\n",
  nbsp: "a,b\n\u00a0x\u00a0,2\n",
  formFeed: "a,b\n\fx\f,2\n",
  emptyHeader: ",b\n1,2\n",
  quoteOnlyField: 'a\n""""\n',
  tripleQuote: 'a\n"""x"""\n',
  quoteAtEnd: 'a\n"x"',
  danglingQuote: 'a\nx"',
  nul: 'a\n"x"\u0000\n',
  delimiterOnly: "a,b\n,\n",
};

describe("parseNewmanCsv: csv-parse 4.16.3 with Newman's options", () => {
  for (const [name, data] of Object.entries(CASES)) {
    it(name, () => expectSame(data));
  }

  it("examples read as Newman reads them", () => {
    expect(ours('a,b\n"x, ""y""",007\n\n')).toEqual({
      rows: [{ a: 'x, "y"', b: 7 }, { a: "" }],
    });
    expect(ours("1,b\n").error).toMatch(/Invalid column definition/);
  });

  it("agrees on random inputs", async () => {
    // A small alphabet that exercises every state: quotes, delimiters, both line ends, spaces.
    const alphabet = ['"', '"', ",", ",", "\n", "\r", " ", "\t", "a", "1", ".", "-", "é", "x"];
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 1500; n++) {
      const length = 1 + Math.floor(next() * 24);
      let data = n % 3 === 0 ? "" : "h,k\n";
      for (let i = 0; i < length; i++) data += alphabet[Math.floor(next() * alphabet.length)];
      await expectSame(data);
    }
  });
});
