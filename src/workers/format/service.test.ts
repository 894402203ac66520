import { describe, expect, it } from "vitest";
import { makeFormatService } from "./service";
import { fixture, fixtureText, utf8 } from "./test/fixtures";
import type { LineView, SearchOptions } from "./types";

const plain: SearchOptions = { caseSensitive: false, regex: false };

function opened(bytes: Uint8Array, contentType?: string) {
  const service = makeFormatService();
  const info = service.open("doc", bytes, contentType);
  if (!info.ok) throw new Error(info.error.message);
  return { service, info: info.value };
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe("format service: open", () => {
  it("opens a body sent in slices as if it came whole", () => {
    const bytes = fixture("nested.json.txt");
    const whole = opened(bytes, "application/json");
    const service = makeFormatService();
    const cut = 7;
    // Out of order, as nothing guarantees the order beyond the client's awaits.
    expect(service.part("doc", cut, bytes.slice(cut), bytes.length).ok).toBe(true);
    expect(service.part("doc", 0, bytes.slice(0, cut), bytes.length).ok).toBe(true);
    expect(value(service.openParts("doc", "application/json"))).toEqual(whole.info);
    expect(value(service.text("doc", "pretty"))).toBe(value(whole.service.text("doc", "pretty")));
    expect(service.part("doc", bytes.length, bytes, bytes.length)).toMatchObject({
      ok: false,
      error: { code: "BAD_PART" },
    });
    expect(service.openParts("other")).toMatchObject({ ok: false, error: { code: "NOT_OPEN" } });
  });

  it("pretty-prints JSON and reports its shape", () => {
    const { info } = opened(fixture("nested.json.txt"), "application/json; charset=utf-8");
    expect(info).toMatchObject({ kind: "json", prettyOk: true, lineCount: 18, rawLineCount: 1 });
    expect(info.byteLength).toBe(fixture("nested.json.txt").length);
  });

  it("falls back to raw for invalid JSON", () => {
    const { service, info } = opened(fixture("invalid.json.txt"), "application/json");
    expect(info).toMatchObject({ kind: "json", prettyOk: false, lineCount: 2 });
    expect(value(service.text("doc", "pretty"))).toBe(fixtureText("invalid.json.txt"));
  });

  it("sniffs the kind when there is no content type", () => {
    expect(opened(utf8(" [1]")).info.kind).toBe("json");
    expect(opened(fixture("sample.xml.txt")).info.kind).toBe("xml");
    expect(opened(utf8("<!DOCTYPE html><p>")).info.kind).toBe("html");
    expect(opened(utf8("hello")).info.kind).toBe("text");
    expect(opened(new Uint8Array([0x89, 0x50, 0, 1])).info).toMatchObject({
      kind: "binary",
      lineCount: 0,
    });
  });

  it("decodes the charset named by the content type", () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]); // {"a":"é"}
    const { service, info } = opened(latin1, "application/json; charset=ISO-8859-1");
    expect(info.charset).toBe("windows-1252");
    expect(value(service.text("doc", "pretty"))).toBe('{\n  "a": "é"\n}');
  });

  it("strips a UTF-8 byte order mark", () => {
    const { service } = opened(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("[1]")]));
    expect(value(service.text("doc", "raw"))).toBe("[1]");
  });
});

describe("format service: lines", () => {
  it("returns a window with tokens and fold ends", () => {
    const { service } = opened(fixture("nested.json.txt"), "application/json");
    const lines = value(service.lines("doc", 0, 4, "pretty"));
    expect(lines.map((l) => l.text)).toEqual(["{", '  "a": 1,', '  "b": [', "    true,"]);
    expect(lines[0]!.foldEnd).toBe(17);
    expect(lines[2]!.foldEnd).toBe(6);
    expect(lines[1]!.foldEnd).toBeUndefined();
    expect(lines[1]!.tokens.map((t) => t.type)).toEqual([
      "key",
      "punctuation",
      "number",
      "punctuation",
    ]);
  });

  it("clamps the window and serves raw mode unchanged", () => {
    const { service } = opened(fixture("nested.json.txt"), "application/json");
    const raw = value(service.lines("doc", 0, 99, "raw"));
    expect(raw).toHaveLength(1);
    expect(raw[0]!.text).toBe(fixtureText("nested.json.txt"));
    expect(raw[0]!.foldEnd).toBeUndefined();
    expect(value(service.lines("doc", 17, 30, "pretty")).map((l) => l.line)).toEqual([17]);
  });

  it("colours markup", () => {
    const { service } = opened(fixture("sample.xml.txt"), "application/xml");
    const line = value(service.lines("doc", 3, 4, "pretty"))[0] as LineView;
    expect(line.tokens.map((t) => t.type)).toEqual(["tag", "attr", "string", "tag", "tag", "tag"]);
  });

  it("wraps a very long line into continuation lines", () => {
    const long = JSON.stringify(["x".repeat(5000)]);
    const { service, info } = opened(utf8(long), "application/json");
    expect(info.rawLineCount).toBe(3);
    const lines = value(service.lines("doc", 0, 3, "raw"));
    expect(lines.map((l) => l.wrapped ?? false)).toEqual([false, true, true]);
    expect(lines.map((l) => l.text).join("")).toBe(long);
  });

  it("answers NOT_OPEN after close", () => {
    const { service } = opened(fixture("nested.json.txt"));
    value(service.close("doc"));
    const r = service.lines("doc", 0, 1, "pretty");
    expect(r.ok ? "" : r.error.code).toBe("NOT_OPEN");
  });
});

describe("format service: search", () => {
  it("finds plain text case-insensitively by default", () => {
    const { service } = opened(utf8('{"Name":"nameless","x":"NAME"}'), "application/json");
    const r = value(service.search("doc", "name", "pretty", plain));
    expect(r.matches).toEqual([
      { line: 1, from: 3, to: 7 },
      { line: 1, from: 11, to: 15 },
      { line: 2, from: 8, to: 12 },
    ]);
    expect(r).toMatchObject({ total: 3, truncated: false });
    const cs = value(service.search("doc", "name", "pretty", { ...plain, caseSensitive: true }));
    expect(cs.matches).toEqual([{ line: 1, from: 11, to: 15 }]);
  });

  it("treats regex characters literally unless regex is on", () => {
    const { service } = opened(utf8("a.c\nabc\n"), "text/plain");
    expect(value(service.search("doc", "a.c", "raw", plain)).total).toBe(1);
    const re = value(service.search("doc", "^a.c$", "raw", { ...plain, regex: true }));
    expect(re.matches.map((m) => m.line)).toEqual([0, 1]);
  });

  it("reports an invalid regex as an error", () => {
    const { service } = opened(utf8("abc"), "text/plain");
    const r = service.search("doc", "(", "raw", { ...plain, regex: true });
    expect(r.ok ? "" : r.error.code).toBe("INVALID_REGEX");
  });

  it("gives UTF-16 offsets after multi-byte characters", () => {
    const { service } = opened(fixture("unicode.json.txt"), "application/json");
    const r = value(service.search("doc", "héllo", "pretty", plain));
    expect(r.matches).toEqual([{ line: 2, from: 15, to: 20 }]);
    const line = value(service.lines("doc", 2, 3, "pretty"))[0]!;
    expect(line.text.slice(15, 20)).toBe("héllo");
  });

  it("stops at the limit and says so", () => {
    const { service } = opened(utf8(JSON.stringify(Array(50).fill("hit"))), "application/json");
    const r = value(service.search("doc", "hit", "pretty", { ...plain, limit: 10 }));
    expect(r).toMatchObject({ total: 10, truncated: true });
    expect(r.matches[9]!.line).toBe(10);
  });

  it("searches across block boundaries of a big body", () => {
    const items = Array.from({ length: 40_000 }, (_, i) => ({
      id: i,
      tag: i % 1000 === 0 ? "needle" : "hay",
    }));
    const { service } = opened(utf8(JSON.stringify(items)), "application/json");
    const r = value(service.search("doc", "needle", "pretty", plain));
    expect(r.total).toBe(40);
    for (const m of r.matches.slice(0, 5)) {
      const line = value(service.lines("doc", m.line, m.line + 1, "pretty"))[0]!;
      expect(line.text.slice(m.from, m.to)).toBe("needle");
    }
  });
});

describe("format service: bytes", () => {
  it("returns a copy of the pretty text", () => {
    const { service } = opened(utf8("[1]"), "application/json");
    const b = value(service.bytes("doc", "pretty"));
    b[0] = 0;
    expect(value(service.text("doc", "pretty"))).toBe("[\n  1\n]");
  });
});
