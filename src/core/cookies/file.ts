/**
 * Reading a cookie jar file (`satchel run --cookie-jar`): Newman's `--export-cookie-jar` format,
 * which is tough-cookie's serialized jar. The file is untrusted input: it is parsed, its shape
 * checked, and each cookie kept only when it has a name, a value, a domain and a path of the
 * right types (the jar restores the other fields itself and drops what it does not know).
 * @see ./types.ts (CookieJarFile)
 */
import type { Result } from "../result";
import { err, ok } from "../result";
import type { CookieRecord } from "./types";

/** What a jar file held: the cookies to load and how many entries were not cookies. */
export interface ParsedJarFile {
  cookies: CookieRecord[];
  skipped: number;
}

const isText = (v: unknown): v is string => typeof v === "string";
const KEYS = ["__proto__", "constructor", "prototype"];

/** A cookie entry with the fields a record needs, copied without unsafe keys. */
function restoreCookie(entry: unknown): CookieRecord | undefined {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return undefined;
  const e = entry as Record<string, unknown>;
  if (!isText(e.key) || !isText(e.value) || !isText(e.domain) || !isText(e.path)) return undefined;
  if (e.domain === "") return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!KEYS.includes(k)) out[k] = v;
  for (const date of ["expires", "creation", "lastAccessed"]) {
    const v = out[date];
    if (v === undefined || v === "Infinity") continue;
    if (!isText(v) || !Number.isFinite(Date.parse(v))) delete out[date];
  }
  return out as unknown as CookieRecord;
}

/**
 * Parses a jar file's text: `{ "cookies": [ … ] }` as Newman writes it (a bare array of cookies
 * is accepted too).
 */
export function parseCookieJarFile(text: string): Result<ParsedJarFile> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (e) {
    return err({
      code: "COOKIE_JAR_INVALID",
      message: `the cookie jar is not JSON (${e instanceof Error ? e.message : String(e)})`,
    });
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === "object"
      ? (value as { cookies?: unknown }).cookies
      : undefined;
  if (!Array.isArray(list))
    return err({
      code: "COOKIE_JAR_INVALID",
      message:
        'the cookie jar has no "cookies" list (expected Newman\'s --export-cookie-jar format)',
    });
  const cookies: CookieRecord[] = [];
  for (const entry of list) {
    const c = restoreCookie(entry);
    if (c) cookies.push(c);
  }
  return ok({ cookies, skipped: list.length - cookies.length });
}
