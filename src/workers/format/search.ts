/**
 * Search over a document's lines without decoding it all at once: blocks of about 1 MB are
 * decoded, searched with one RegExp, and each hit is mapped back to (line, UTF-16 offsets).
 */
import type { AppError, Result } from "../../core/result";
import { err, ok } from "../../core/result";
import type { LineIndex } from "./lineIndex";
import { lineRange } from "./lineIndex";
import type { SearchMatch, SearchOptions, SearchResult } from "./types";
import { DEFAULT_SEARCH_LIMIT } from "./types";

const BLOCK_BYTES = 1 << 20;

/** Builds the RegExp for a query, or an INVALID_REGEX error. */
export function compileQuery(query: string, opts: SearchOptions): Result<RegExp, AppError> {
  const source = opts.regex ? query : query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  try {
    return ok(new RegExp(source, opts.caseSensitive ? "gm" : "gim"));
  } catch (e) {
    return err({
      code: "INVALID_REGEX",
      message: e instanceof Error ? e.message : String(e),
      hint: "Check the regular expression, or turn off regex search.",
    });
  }
}

/** UTF-16 length of the UTF-8 bytes in [from, to). */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/** Finds up to `opts.limit` matches of `query` in the document text. */
export function searchLines(
  bytes: Uint8Array,
  index: LineIndex,
  query: string,
  opts: SearchOptions,
): Result<SearchResult, AppError> {
  if (query === "") return ok({ matches: [], total: 0, truncated: false });
  const compiled = compileQuery(query, opts);
  if (!compiled.ok) return compiled;
  const re = compiled.value;
  const limit = opts.limit ?? DEFAULT_SEARCH_LIMIT;
  const matches: SearchMatch[] = [];
  const decoder = new TextDecoder();
  const lineCount = index.starts.length;
  let first = 0;
  while (first < lineCount) {
    const blockStart = index.starts[first]!;
    let last = first + 1;
    while (last < lineCount && index.starts[last]! - blockStart < BLOCK_BYTES) last++;
    const blockEnd = last < lineCount ? index.starts[last]! : index.byteLength;
    const text = decoder.decode(bytes.subarray(blockStart, blockEnd));
    // UTF-16 start and content end of each line in the block.
    const charStart: number[] = [];
    const charEnd: number[] = [];
    let chars = 0;
    for (let l = first; l < last; l++) {
      const [s, e] = lineRange(index, bytes, l);
      const lineStart = chars + utf16Length(bytes, index.starts[l]!, s);
      charStart.push(lineStart);
      charEnd.push(lineStart + utf16Length(bytes, s, e));
      chars =
        lineStart + utf16Length(bytes, s, l + 1 < lineCount ? index.starts[l + 1]! : blockEnd);
    }
    re.lastIndex = 0;
    let k = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      while (k + 1 < charStart.length && charStart[k + 1]! <= m.index) k++;
      const from = m.index - charStart[k]!;
      const to = Math.min(m.index + m[0].length, charEnd[k]!) - charStart[k]!;
      if (to <= from) continue;
      matches.push({ line: first + k, from, to });
      if (matches.length >= limit) {
        return ok({ matches, total: matches.length, truncated: true });
      }
    }
    first = last;
  }
  return ok({ matches, total: matches.length, truncated: false });
}
