/**
 * One opened body, kept in the worker: normalized UTF-8 bytes, the pretty-printed JSON or XML
 * (when it is one and well-formed), their line indexes (built lazily), and fold regions. The main thread only ever sees
 * windows of lines, search hits, or a copy of the whole text when it asks for one.
 */
import { toUtf8 } from "./decode";
import { detectKind } from "./detectKind";
import type { LineIndex } from "./lineIndex";
import { buildLineIndex, lineOf, lineRange } from "./lineIndex";
import { prettyJson } from "./prettyJson";
import { prettyXml } from "./prettyXml";
import { tokenizeLine } from "./tokenize";
import type { BodyKind, LineView, OpenInfo, ViewMode } from "./types";

/** Fold regions as parallel arrays of start and end lines, ascending by start. */
export interface FoldRegions {
  starts: Uint32Array;
  ends: Uint32Array;
}

/** An opened body. Build with {@link makeDocument}. */
export interface FormatDocument {
  readonly info: OpenInfo;
  /** The UTF-8 text of a view. */
  bytesOf(mode: ViewMode): Uint8Array;
  indexOf(mode: ViewMode): LineIndex;
  /** Lines [from, to) of a view, clamped to the document. */
  lines(from: number, to: number, mode: ViewMode): LineView[];
  /** Multi-line JSON containers or XML elements in pretty mode (empty otherwise). */
  folds(): FoldRegions;
}

function foldLines(index: LineIndex, open: Uint32Array, close: Uint32Array): FoldRegions {
  const starts = new Uint32Array(open.length);
  const ends = new Uint32Array(open.length);
  let line = 0;
  for (let k = 0; k < open.length; k++) {
    const offset = open[k]!;
    while (line + 1 < index.starts.length && index.starts[line + 1]! <= offset) line++;
    starts[k] = line;
    ends[k] = lineOf(index, close[k]!);
  }
  return { starts, ends };
}

/** Index of `line` in the ascending `starts`, or -1. */
function findStart(starts: Uint32Array, line: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = starts[mid]!;
    if (v === line) {
      // Several containers can open on one line only when wrapped; take the first.
      let k = mid;
      while (k > 0 && starts[k - 1] === line) k--;
      return k;
    }
    if (v < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Decodes, detects and (for JSON and XML) pretty-prints a body. */
export function makeDocument(input: Uint8Array, contentType?: string): FormatDocument {
  const kind: BodyKind = detectKind(input, contentType);
  const { bytes: raw, charset } =
    kind === "binary" ? { bytes: input, charset: "binary" } : toUtf8(input, contentType);
  const pretty = kind === "json" ? prettyJson(raw) : kind === "xml" ? prettyXml(raw) : undefined;
  const prettyBytes = pretty?.bytes ?? raw;
  let rawIndex: LineIndex | undefined;
  let prettyIndex: LineIndex | undefined;
  let folds: FoldRegions | undefined;
  const decoder = new TextDecoder();

  const indexOf = (mode: ViewMode): LineIndex => {
    if (mode === "pretty" && pretty !== undefined) {
      prettyIndex ??= buildLineIndex(prettyBytes);
      return prettyIndex;
    }
    rawIndex ??= buildLineIndex(raw);
    return rawIndex;
  };
  const bytesOf = (mode: ViewMode) => (mode === "pretty" ? prettyBytes : raw);
  const foldsOf = (): FoldRegions => {
    if (pretty === undefined) return { starts: new Uint32Array(0), ends: new Uint32Array(0) };
    folds ??= foldLines(indexOf("pretty"), pretty.foldOpen, pretty.foldClose);
    return folds;
  };
  const empty = kind === "binary";
  const lineCount = (mode: ViewMode) => (empty ? 0 : indexOf(mode).starts.length);

  return {
    info: {
      kind,
      byteLength: input.length,
      lineCount: lineCount("pretty"),
      rawLineCount: lineCount("raw"),
      prettyOk: pretty !== undefined,
      charset,
    },
    bytesOf,
    indexOf,
    folds: foldsOf,
    lines(from, to, mode) {
      if (empty) return [];
      const index = indexOf(mode);
      const text = bytesOf(mode);
      const f = mode === "pretty" ? foldsOf() : undefined;
      const out: LineView[] = [];
      const end = Math.min(to, index.starts.length);
      for (let i = Math.max(0, from); i < end; i++) {
        const [s, e] = lineRange(index, text, i);
        const lineText = decoder.decode(text.subarray(s, e));
        const view: LineView = { line: i, text: lineText, tokens: tokenizeLine(kind, lineText) };
        if (index.wrapped[i] === 1) view.wrapped = true;
        const k = f === undefined ? -1 : findStart(f.starts, i);
        if (f !== undefined && k >= 0) view.foldEnd = f.ends[k]!;
        out.push(view);
      }
      return out;
    },
  };
}
