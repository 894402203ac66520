/**
 * The cookie manager's add/edit form as plain data: the fields as the inputs hold them, a stored
 * record turned into fields and back, and the checks a field must pass before `put`. Plain
 * functions, no Solid: tested in Node (./cookieForm.test.ts).
 */
import type { CookieId, CookieRecord } from "../../../core/cookies/types";

/** The form's fields; `expires` is a datetime-local value (local time), "" for a session cookie. */
export interface CookieFormValues {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: string;
  secure: boolean;
  httpOnly: boolean;
}

/** A message per field that failed its check. */
export type CookieFormErrors = Partial<Record<keyof CookieFormValues, string>>;

/** A checked form: the record to put, or what to fix. */
export type CookieFormResult =
  { ok: true; cookie: CookieRecord } | { ok: false; errors: CookieFormErrors };

// RFC 6265 §4.1.1: a cookie-name is a token; these break the Cookie header outright.
const BAD_NAME = /[=;\s]/;
// Control characters (CR and LF among them) or ";" would split or break the Cookie header.
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[;\u0000-\u001f\u007f]/;
const BAD_DOMAIN = /[\s/\\:;,=?#@[\]]/;
// eslint-disable-next-line no-control-regex
const BAD_PATH = /[;\s\u0000-\u001f\u007f]/;

/** Which cookie `c` is. */
export const cookieIdOf = (c: CookieId): CookieId => ({
  domain: c.domain,
  path: c.path,
  key: c.key,
});

/** Whether two ids name the same cookie. */
export const sameCookie = (a: CookieId, b: CookieId): boolean =>
  a.domain === b.domain && a.path === b.path && a.key === b.key;

/**
 * A domain as the jar stores it (lower case, no leading or trailing dot), or a message saying
 * why it is not one. Used by the form and the script allow-list.
 */
export function checkDomain(
  input: string,
): { ok: true; domain: string } | { ok: false; error: string } {
  const domain = input
    .trim()
    .toLowerCase()
    .replace(/^\.+|\.+$/g, "");
  if (!domain) return { ok: false, error: "Enter a domain." };
  if (BAD_DOMAIN.test(domain))
    return {
      ok: false,
      error: "Enter a domain only, like api.example.com (no scheme, port or path).",
    };
  return { ok: true, domain };
}

/** The cookie's expiry as an ISO string, or undefined for a session cookie. Max-Age wins. */
export function expiryOf(c: CookieRecord): string | undefined {
  if (c.maxAge === "-Infinity" || (typeof c.maxAge === "number" && c.maxAge <= 0))
    return new Date(0).toISOString();
  if (typeof c.maxAge === "number" && c.creation) {
    const at = Date.parse(c.creation) + c.maxAge * 1000;
    if (Number.isFinite(at)) return new Date(at).toISOString();
  }
  return c.expires;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO time as a datetime-local value in local time ("" when it is not a date). */
export function toLocalInput(iso: string | undefined): string {
  const d = iso ? new Date(iso) : undefined;
  if (!d || Number.isNaN(d.getTime())) return "";
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}`
  );
}

/** The form's starting fields: `cookie`'s, or a new cookie's (path "/", session, no flags). */
export function formOf(cookie?: CookieRecord): CookieFormValues {
  return {
    name: cookie?.key ?? "",
    value: cookie?.value ?? "",
    domain: cookie?.domain ?? "",
    path: cookie?.path ?? "/",
    expires: cookie ? toLocalInput(expiryOf(cookie)) : "",
    secure: cookie?.secure ?? false,
    httpOnly: cookie?.httpOnly ?? false,
  };
}

/**
 * Checks `form` and builds the record to put. An edit keeps `previous`'s other attributes
 * (SameSite, extensions, creation…); a changed expiry replaces its Expires and Max-Age.
 * A domain typed with a leading dot makes a domain cookie (not host-only).
 */
export function cookieFromForm(form: CookieFormValues, previous?: CookieRecord): CookieFormResult {
  const errors: CookieFormErrors = {};
  const key = form.name.trim();
  if (!key) errors.name = "Enter a name.";
  else if (BAD_NAME.test(key)) errors.name = 'A name can\'t contain "=", ";" or spaces.';
  if (BAD_VALUE.test(form.value)) errors.value = 'A value can\'t contain ";" or line breaks.';
  const domain = checkDomain(form.domain);
  if (!domain.ok) errors.domain = domain.error;
  const path = form.path.trim() || "/";
  if (!path.startsWith("/")) errors.path = 'A path starts with "/".';
  else if (BAD_PATH.test(path)) errors.path = 'A path can\'t contain ";" or spaces.';
  const expiresAt = form.expires ? new Date(form.expires) : undefined;
  if (expiresAt && Number.isNaN(expiresAt.getTime()))
    errors.expires = "Enter a date and time, or leave it empty for a session cookie.";
  if (!domain.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  // An unchanged expiry field keeps the exact stored expiry (the field shows whole minutes).
  const sameExpiry = previous !== undefined && form.expires === formOf(previous).expires;
  const { maxAge: _maxAge, expires: _expires, ...kept } = previous ?? {};
  const cookie: CookieRecord = {
    ...(sameExpiry ? previous : kept),
    key,
    value: form.value,
    domain: domain.domain,
    path,
    secure: form.secure,
    httpOnly: form.httpOnly,
  };
  if (expiresAt && !sameExpiry) cookie.expires = expiresAt.toISOString();
  if (form.domain.trim().startsWith(".")) cookie.hostOnly = false;
  if (previous && previous.path !== path) delete cookie.pathIsDefault;
  return { ok: true, cookie };
}
