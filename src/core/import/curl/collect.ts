/**
 * Walk the words of a cURL command and collect what each option says, in order, the way curl's
 * own argument parser reads them: bundled short switches (`-sSLk`), a short option's value
 * attached (`-XPOST`, `-d@file`) or in the next word, `--` ending the options. Options we do not
 * apply are reported as warnings, never silently dropped (except those that only change curl's
 * local output, like `-s` or `-o file`).
 */
import type { DataPart } from "./data";
import type { Known, Lookup } from "./flags";
import { lookupLong, lookupShort } from "./flags";

export type { DataPart } from "./data";

/** One `-F` field, as written. */
export interface FormPart {
  value: string;
  literal: boolean;
}

/** The auth scheme chosen with `--basic`, `--digest`, `--ntlm` or `--aws-sigv4`. */
export type AuthScheme = "basic" | "digest" | "ntlm" | "awsv4";

/** Everything the command asked for, before it becomes a Request. */
export interface CurlOptions {
  urls: string[];
  method?: string;
  headers: string[];
  data: DataPart[];
  form: FormPart[];
  user?: string;
  scheme?: AuthScheme;
  /** `--aws-sigv4 provider1[:provider2[:region[:service]]]`. */
  awsSigv4?: string;
  bearer?: string;
  cookies: string[];
  userAgent?: string;
  referer?: string;
  range?: string;
  uploadFile?: string;
  urlQueries: string[];
  maxTime?: string;
  connectTimeout?: string;
  get: boolean;
  head: boolean;
  location: boolean;
  insecure: boolean;
  compressed: boolean;
  globoff: boolean;
  warnings: string[];
}

type Switch = "get" | "head" | "location" | "insecure" | "compressed" | "globoff";

/** Apply one known option (`value` is "" for switches). */
function apply(o: CurlOptions, known: Known, value: string, on: boolean): void {
  switch (known) {
    case "request":
      o.method = value;
      return;
    case "header":
      o.headers.push(value);
      return;
    case "data":
    case "data-ascii":
      o.data.push({ kind: "data", value });
      return;
    case "data-raw":
    case "data-binary":
    case "data-urlencode":
    case "json":
      o.data.push({ kind: known, value });
      return;
    case "form":
    case "form-string":
      o.form.push({ value, literal: known === "form-string" });
      return;
    case "user":
      o.user = value;
      return;
    case "basic":
    case "digest":
    case "ntlm":
      if (on) o.scheme = known;
      return;
    case "aws-sigv4":
      o.scheme = "awsv4";
      o.awsSigv4 = value;
      return;
    case "oauth2-bearer":
      o.bearer = value;
      return;
    case "cookie":
      o.cookies.push(value);
      return;
    case "user-agent":
      o.userAgent = value;
      return;
    case "referer":
      o.referer = value;
      return;
    case "range":
      o.range = value;
      return;
    case "upload-file":
      o.uploadFile = value;
      return;
    case "url":
      o.urls.push(value);
      return;
    case "url-query":
      o.urlQueries.push(value);
      return;
    case "max-time":
      o.maxTime = value;
      return;
    case "connect-timeout":
      o.connectTimeout = value;
      return;
    case "location-trusted":
      o.location = on;
      return;
    case "next":
      return;
    default:
      o[known satisfies Switch] = on;
  }
}

/** One option occurrence (how it was written, what it names, its value), or a plain word. */
type Occurrence = { written: string; lookup: Lookup; value?: string } | { url: string };

function problemText(written: string, problem: "unknown" | "ambiguous" | "not-a-switch"): string {
  if (problem === "ambiguous") return `Option ${written} is ambiguous in curl; ignored.`;
  if (problem === "not-a-switch") return `Option ${written}: only switches take "--no-"; ignored.`;
  if (/^--[^=]+=/.test(written)) {
    const [name = "", ...rest] = written.split("=");
    return `Option ${written} is not curl syntax (write ${name} ${rest.join("=")}); ignored.`;
  }
  return `Option ${written} is not a curl option; ignored.`;
}

/** Read the options of `words` into occurrences; plain words are URLs. */
function occurrences(words: readonly string[], warnings: string[]): Occurrence[] {
  const out: Occurrence[] = [];
  let onlyUrls = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (onlyUrls || !word.startsWith("-") || word === "-") {
      out.push({ url: word });
      continue;
    }
    if (word === "--") {
      onlyUrls = true;
      continue;
    }
    if (word.startsWith("--")) {
      const lookup = lookupLong(word.slice(2));
      if (!lookup.ok) warnings.push(problemText(word, lookup.problem));
      else if (!lookup.takesValue) out.push({ written: word, lookup });
      else if (i + 1 < words.length) out.push({ written: word, lookup, value: words[++i] });
      else warnings.push(`Option ${word} needs a value; ignored.`);
      continue;
    }
    // Short options: a bundle of switches, the last letter may take the rest or the next word.
    for (let j = 1; j < word.length; j++) {
      const written = `-${word[j]}`;
      const lookup = lookupShort(word[j]!);
      if (!lookup.ok) {
        warnings.push(problemText(written, lookup.problem));
        continue;
      }
      if (!lookup.takesValue) {
        out.push({ written, lookup });
        continue;
      }
      if (j + 1 < word.length) out.push({ written, lookup, value: word.slice(j + 1) });
      else if (i + 1 < words.length) out.push({ written, lookup, value: words[++i] });
      else warnings.push(`Option ${written} needs a value; ignored.`);
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
    urlQueries: [],
    get: false,
    head: false,
    location: false,
    insecure: false,
    compressed: false,
    globoff: false,
    warnings: [],
  };
  const all = occurrences(words, o.warnings);
  const next = all.findIndex((x) => "lookup" in x && x.lookup.ok && x.lookup.known === "next");
  if (next >= 0) o.warnings.push("Only the first transfer is imported (the command uses --next).");
  for (const x of next < 0 ? all : all.slice(0, next)) {
    if ("url" in x) {
      o.urls.push(x.url);
      continue;
    }
    const { written, lookup, value } = x;
    if (!lookup.ok || lookup.localOnly) continue;
    if (lookup.known) apply(o, lookup.known, value ?? "", !lookup.negated);
    else {
      const shown = value === undefined ? written : `${written} ${value}`;
      o.warnings.push(`Option ${shown} is not supported; ignored.`);
    }
  }
  return o;
}
