/**
 * cURL's options by every spelling curl 7.88 accepts: `-X`, `--request`, an unambiguous prefix
 * (`--data-bin`), `--no-<switch>`. Whether an option takes a value comes from curl's own list
 * (./curlOptions.ts), so one we do not apply still consumes its argument.
 */
import { CURL_OPTIONS } from "./curlOptions";

/** Options that change the request, by their long names. */
export const APPLIED = [
  "request",
  "header",
  "data",
  "data-ascii",
  "data-raw",
  "data-binary",
  "data-urlencode",
  "json",
  "form",
  "form-string",
  "user",
  "basic",
  "digest",
  "ntlm",
  "aws-sigv4",
  "oauth2-bearer",
  "cookie",
  "user-agent",
  "referer",
  "range",
  "get",
  "head",
  "upload-file",
  "location",
  "location-trusted",
  "insecure",
  "compressed",
  "max-time",
  "connect-timeout",
  "url",
  "url-query",
  "globoff",
  "next",
] as const;

/** Long name of an option we apply. */
export type Known = (typeof APPLIED)[number];

/**
 * Options that only change what curl prints or saves locally: ignored without a warning, as
 * they say nothing about the request.
 */
const LOCAL_ONLY = new Set([
  "silent",
  "show-error",
  "verbose",
  "output",
  "output-dir",
  "create-dirs",
  "create-file-mode",
  "remote-name",
  "remote-name-all",
  "remote-header-name",
  "remote-time",
  "include",
  "write-out",
  "progress-bar",
  "no-progress-meter",
  "dump-header",
  "trace",
  "trace-ascii",
  "trace-time",
  "stderr",
  "fail",
  "fail-with-body",
  "fail-early",
  "no-buffer",
  "styled-output",
  "disable",
  "xattr",
  "no-clobber",
  "remove-on-error",
  "http1.1",
]);

interface Spec {
  long: string;
  takesValue: boolean;
}

const LONG = new Map<string, Spec>();
const SHORT = new Map<string, Spec>();
for (const line of CURL_OPTIONS) {
  const m = /^(?:-(\S), )?--(\S+)( .+)?$/.exec(line);
  if (!m) continue;
  const spec = { long: m[2]!, takesValue: m[3] !== undefined };
  LONG.set(spec.long, spec);
  if (m[1]) SHORT.set(m[1], spec);
}

/** What an option word names. */
export type Lookup =
  | {
      ok: true;
      /** The long name, without dashes. */
      name: string;
      takesValue: boolean;
      /** `--no-<switch>`: turns the switch off. */
      negated: boolean;
      known?: Known;
      /** Changes nothing about the request. */
      localOnly: boolean;
    }
  | { ok: false; problem: "unknown" | "ambiguous" | "not-a-switch" };

const KNOWN = new Set<string>(APPLIED);

function found(spec: Spec, negated: boolean): Lookup {
  return {
    ok: true,
    name: spec.long,
    takesValue: spec.takesValue,
    negated,
    known: KNOWN.has(spec.long) ? (spec.long as Known) : undefined,
    localOnly: LOCAL_ONLY.has(spec.long),
  };
}

/** An exact name, else the only option the name is a prefix of (curl accepts abbreviations). */
function byName(name: string): Spec | "ambiguous" | undefined {
  const exact = LONG.get(name);
  if (exact) return exact;
  const hits = [...LONG.values()].filter((s) => s.long.startsWith(name));
  if (hits.length > 1) return "ambiguous";
  return hits[0];
}

/** Look up a long option from the text after `--`. `--name=value` is not curl syntax. */
export function lookupLong(name: string): Lookup {
  if (name === "") return { ok: false, problem: "unknown" };
  const spec = byName(name);
  if (spec === "ambiguous") return { ok: false, problem: "ambiguous" };
  if (spec) return found(spec, false);
  if (name.startsWith("no-")) {
    const rest = byName(name.slice(3));
    if (rest === "ambiguous") return { ok: false, problem: "ambiguous" };
    if (rest) return rest.takesValue ? { ok: false, problem: "not-a-switch" } : found(rest, true);
  }
  return { ok: false, problem: "unknown" };
}

/** Look up a short option letter (`X` of `-X`). */
export function lookupShort(letter: string): Lookup {
  const spec = SHORT.get(letter);
  return spec ? found(spec, false) : { ok: false, problem: "unknown" };
}
