/**
 * Walk the words of a cURL command and collect what each option says, in order. Options we
 * do not apply are reported as warnings, never silently dropped.
 */
import type { Known } from "./flags";
import { lookupFlag, shortTakesValue } from "./flags";

/** One `-d`-like piece of data, as written. */
export interface DataPart {
  kind: "data" | "data-raw" | "data-binary" | "data-urlencode" | "json";
  value: string;
}

/** One `-F` field, as written. */
export interface FormPart {
  value: string;
  literal: boolean;
}

/** Everything the command asked for, before it becomes a Request. */
export interface CurlOptions {
  urls: string[];
  method?: string;
  headers: string[];
  data: DataPart[];
  form: FormPart[];
  user?: string;
  bearer?: string;
  cookies: string[];
  userAgent?: string;
  referer?: string;
  get: boolean;
  head: boolean;
  location: boolean;
  insecure: boolean;
  compressed: boolean;
  warnings: string[];
}

/** Apply one known option. */
function apply(o: CurlOptions, known: Known, value: string): void {
  switch (known) {
    case "request":
      o.method = value.toUpperCase();
      break;
    case "header":
      o.headers.push(value);
      break;
    case "data":
    case "data-raw":
    case "data-binary":
    case "data-urlencode":
    case "json":
      o.data.push({ kind: known, value });
      break;
    case "form":
    case "form-string":
      o.form.push({ value, literal: known === "form-string" });
      break;
    case "user":
      o.user = value;
      break;
    case "oauth2-bearer":
      o.bearer = value;
      break;
    case "cookie":
      o.cookies.push(value);
      break;
    case "user-agent":
      o.userAgent = value;
      break;
    case "referer":
      o.referer = value;
      break;
    case "url":
      o.urls.push(value);
      break;
    default:
      o[known] = true;
  }
}

/** Split `-XPOST` / `-sSL` into separate options; long options and plain words pass through. */
function expand(word: string): string[] {
  if (!/^-[^-]/.test(word) || word.length <= 2) return [word];
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const letter = word[i]!;
    out.push(`-${letter}`);
    if (shortTakesValue(letter)) {
      if (i + 1 < word.length) out.push(word.slice(i + 1));
      break;
    }
  }
  return out;
}

/** Collect options from the words after `curl`. */
export function collect(words: readonly string[]): CurlOptions {
  const o: CurlOptions = {
    urls: [],
    headers: [],
    data: [],
    form: [],
    cookies: [],
    get: false,
    head: false,
    location: false,
    insecure: false,
    compressed: false,
    warnings: [],
  };
  const queue: string[] = [];
  let rawWords = false;
  for (const w of words) {
    queue.push(...(rawWords ? [w] : expand(w)));
    if (w === "--") rawWords = true;
  }
  let onlyArgs = false;
  for (let i = 0; i < queue.length; i++) {
    const word = queue[i]!;
    if (onlyArgs || !word.startsWith("-") || word === "-") {
      o.urls.push(word);
      continue;
    }
    if (word === "--") {
      onlyArgs = true;
      continue;
    }
    const flag = lookupFlag(word);
    const value = flag.takesValue ? queue[++i] : undefined;
    if (flag.takesValue && value === undefined) {
      o.warnings.push(`Option ${word} needs a value; ignored.`);
    } else if (flag.known) {
      apply(o, flag.known, value ?? "");
    } else {
      const shown = value === undefined ? word : `${word} ${value}`;
      o.warnings.push(`Option ${shown} is not supported; ignored.`);
    }
  }
  return o;
}
