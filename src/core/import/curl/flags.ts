/** The cURL options we understand, by every spelling, and whether each takes a value. */

/** Canonical names of the options that change the request. */
export type Known =
  | "request"
  | "header"
  | "data"
  | "data-raw"
  | "data-binary"
  | "data-urlencode"
  | "json"
  | "form"
  | "form-string"
  | "user"
  | "cookie"
  | "user-agent"
  | "referer"
  | "get"
  | "head"
  | "location"
  | "insecure"
  | "compressed"
  | "url"
  | "oauth2-bearer";

const SHORT: Record<string, Known> = {
  X: "request",
  H: "header",
  d: "data",
  F: "form",
  u: "user",
  b: "cookie",
  A: "user-agent",
  e: "referer",
  G: "get",
  I: "head",
  L: "location",
  k: "insecure",
};

const LONG: Record<string, Known> = {
  request: "request",
  header: "header",
  data: "data",
  "data-ascii": "data",
  "data-raw": "data-raw",
  "data-binary": "data-binary",
  "data-urlencode": "data-urlencode",
  json: "json",
  form: "form",
  "form-string": "form-string",
  user: "user",
  cookie: "cookie",
  "user-agent": "user-agent",
  referer: "referer",
  get: "get",
  head: "head",
  location: "location",
  insecure: "insecure",
  compressed: "compressed",
  url: "url",
  "oauth2-bearer": "oauth2-bearer",
};

const SWITCHES = new Set<Known>(["get", "head", "location", "insecure", "compressed"]);

/** Options we do not apply that take a value, so the value is not mistaken for the URL. */
const IGNORED_WITH_VALUE = new Set([
  "-o",
  "--output",
  "-m",
  "--max-time",
  "--connect-timeout",
  "--max-redirs",
  "-w",
  "--write-out",
  "-x",
  "--proxy",
  "--cacert",
  "--cert",
  "-E",
  "--key",
  "--resolve",
  "--retry",
  "-T",
  "--upload-file",
  "-c",
  "--cookie-jar",
  "-r",
  "--range",
  "--limit-rate",
  "-K",
  "--config",
]);

/** One option as written: its canonical name when known, and whether a value follows. */
export interface Flag {
  known?: Known;
  takesValue: boolean;
}

/** Look up `-X` / `--request` style names (without any attached value). */
export function lookupFlag(name: string): Flag {
  const known = name.startsWith("--") ? LONG[name.slice(2)] : SHORT[name.slice(1)];
  if (known) return { known, takesValue: !SWITCHES.has(known) };
  return { takesValue: IGNORED_WITH_VALUE.has(name) };
}

/** A short option letter that takes a value (so `-XPOST` means `-X POST`). */
export function shortTakesValue(letter: string): boolean {
  const known = SHORT[letter];
  return known ? !SWITCHES.has(known) : IGNORED_WITH_VALUE.has(`-${letter}`);
}
