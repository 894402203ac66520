/**
 * The libraries scripts may `require`, the asset file each is served as, and a scan that finds
 * which of them a script will need, so the host can load them before the script runs (guest
 * `require` is synchronous; loading is not, in the browser).
 */
import { NODE_SHIMS, SCRIPT_BUILTINS } from "./nodeShims";

/** Names accepted by `require` (besides the built-in atob and btoa). */
export const GUEST_LIB_NAMES = [
  "lodash",
  "moment",
  "crypto-js",
  "chai",
  "ajv",
  "tv4",
  "xml2js",
  "uuid",
  "buffer",
  "csv-parse/lib/sync",
  "cheerio",
] as const;

export type GuestLibName = (typeof GUEST_LIB_NAMES)[number];

/** Everything `require` accepts: the libraries, then Node built-ins served from ./nodeShims.ts. */
export const REQUIRABLE: readonly string[] = [...GUEST_LIB_NAMES, ...SCRIPT_BUILTINS];

/** The guest source of a Node built-in a script may require, if `name` is one. */
export function builtinSource(name: string): string | undefined {
  return (SCRIPT_BUILTINS as readonly string[]).includes(name) ? NODE_SHIMS[name] : undefined;
}

const ALIASES: Record<string, GuestLibName> = { "csv-parse/sync": "csv-parse/lib/sync" };

/** The library a require() name means, if Satchel provides it. */
export function guestLibFor(name: string): GuestLibName | undefined {
  if (ALIASES[name]) return ALIASES[name];
  return (GUEST_LIB_NAMES as readonly string[]).includes(name) ? (name as GuestLibName) : undefined;
}

/** The asset file name of a library: `csv-parse/lib/sync` → `csv-parse-lib-sync.js`. */
export const libFileName = (name: GuestLibName): string =>
  `${name.replace(/[^a-z0-9]+/gi, "-")}.js`;

const GLOBAL_USES: [RegExp, GuestLibName[]][] = [
  [/(^|[^\w$.])_($|[^\w$])/m, ["lodash"]],
  [/\bCryptoJS\b/, ["crypto-js"]],
  [/\btv4\b/, ["tv4"]],
  [/\bxml2Json\b/, ["xml2js"]],
  [/\bexpect\b|\.to\b|\bchai\b/, ["chai"]],
  [/\bjsonSchema\b/, ["chai", "ajv"]],
];
const REQUIRE = /require\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

/** The last scripts scanned (a run repeats the same few scripts for every request). */
const scanned = new Map<string, ReadonlySet<GuestLibName>>();
const SCANNED_MAX = 64;

/** Libraries a script's source mentions (a superset is fine: loading is cached). */
export function libsUsedBy(code: string): ReadonlySet<GuestLibName> {
  const hit = scanned.get(code);
  if (hit) return hit;
  const found = scan(code);
  if (scanned.size >= SCANNED_MAX) scanned.delete(scanned.keys().next().value as string);
  scanned.set(code, found);
  return found;
}

function scan(code: string): Set<GuestLibName> {
  const out = new Set<GuestLibName>();
  for (const m of code.matchAll(REQUIRE)) {
    const lib = guestLibFor(m[1] ?? "");
    if (lib) out.add(lib);
  }
  for (const [re, libs] of GLOBAL_USES) if (re.test(code)) for (const l of libs) out.add(l);
  return out;
}
