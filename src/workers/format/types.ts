/**
 * The format worker's vocabulary: what the main thread asks for and what it gets back. Every call
 * returns a Result (STYLE.md point 10), never throws across the worker boundary.
 */
import type { AppError, Result } from "../../core/result";

/** What a body looks like, decided from the content type and a sniff of its first bytes. */
export type BodyKind = "json" | "xml" | "html" | "text" | "binary";

/** Which text a call works on: the pretty-printed JSON or the body as received. */
export type ViewMode = "pretty" | "raw";

/** Syntax classes; the UI maps each to a CSS class `tok-<type>`. */
export type TokenType =
  "key" | "string" | "number" | "literal" | "punctuation" | "tag" | "attr" | "comment";

/** A coloured span of one line, in UTF-16 offsets of that line's `text`. */
export interface Token {
  from: number;
  to: number;
  type: TokenType;
}

/** What `open` learns about a body. */
export interface OpenInfo {
  kind: BodyKind;
  byteLength: number;
  /** Lines in pretty mode (equals raw for anything but valid JSON or well-formed XML). */
  lineCount: number;
  /** Lines in raw mode. */
  rawLineCount: number;
  /** True when the body was JSON or XML and pretty-printed; false falls back to raw. */
  prettyOk: boolean;
  /** The charset used to decode, e.g. "utf-8". */
  charset: string;
}

/** One display line. Lines longer than the wrap width continue on `wrapped` lines. */
export interface LineView {
  /** 0-based display line number. */
  line: number;
  text: string;
  tokens: Token[];
  /**
   * For the opening line of a multi-line JSON object/array or XML element: the line of its
   * closing bracket or end tag.
   */
  foldEnd?: number;
  /** This line continues the previous one (a long line cut at the wrap width). */
  wrapped?: boolean;
}

/** A search hit, in UTF-16 offsets of the line's `text`. */
export interface SearchMatch {
  line: number;
  from: number;
  to: number;
}

/** Options for {@link FormatApi.search}. */
export interface SearchOptions {
  caseSensitive: boolean;
  regex: boolean;
  /** Stop after this many matches (default {@link DEFAULT_SEARCH_LIMIT}). */
  limit?: number;
}

/** Search answer; `truncated` means the limit was hit and more matches may exist. */
export interface SearchResult {
  matches: SearchMatch[];
  total: number;
  truncated: boolean;
}

/** Default cap on search matches. */
export const DEFAULT_SEARCH_LIMIT = 10_000;

/** The worker's API, as the pure module implements it (synchronous). */
export interface FormatApi {
  open(id: string, bytes: Uint8Array, contentType?: string): Result<OpenInfo, AppError>;
  /**
   * One slice (at `offset`) of a `total`-byte body that {@link openParts} will open: a big body
   * crosses in slices, each copied and transferred in its own task, instead of one copy that
   * holds the main thread for ~100 ms at 50 MB.
   */
  part(id: string, offset: number, bytes: Uint8Array, total: number): Result<null, AppError>;
  /** Opens the body whose slices `part` received, as `open` would. */
  openParts(id: string, contentType?: string): Result<OpenInfo, AppError>;
  lines(id: string, from: number, to: number, mode: ViewMode): Result<LineView[], AppError>;
  search(
    id: string,
    query: string,
    mode: ViewMode,
    opts: SearchOptions,
  ): Result<SearchResult, AppError>;
  /** The whole text, decoded (for copy). */
  text(id: string, mode: ViewMode): Result<string, AppError>;
  /** The whole text as UTF-8 bytes (a copy; the worker transfers it). For copy/save as a Blob. */
  bytes(id: string, mode: ViewMode): Result<Uint8Array, AppError>;
  close(id: string): Result<null, AppError>;
}

/** The same API seen from the main thread, where every call is asynchronous. */
export type FormatClient = {
  [K in keyof FormatApi]: (...args: Parameters<FormatApi[K]>) => Promise<ReturnType<FormatApi[K]>>;
};
