/**
 * Which names carry a secret: headers, query parameters, form fields and variables.
 *
 * A name is cut into words (`X-Api-Key` → x api key, `accessToken` → access token, `api_key` →
 * api key) and is secret when one word is a credential word (key, token, secret, password,
 * passwd, pwd, passphrase, session, signature, sig, auth, credential, cred, jwt) or a
 * run-together form of one (`apikey`, `accesstoken`, `clientsecret`, `jsessionid`). Whole words
 * only, so `keyword`, `monkey`, `author` and `tokenizer` are not secret. A few qualifiers name
 * things that are not credentials: `Idempotency-Key`, `public_key`, `sort_key`, `page_token`,
 * `next_token`, and a credential word followed by `type`, `method`, `algorithm`, `url`…
 * (`token_type`, `oauth_signature_method`, `tokenUrl`). Blanking too much is the safe side:
 * `session_timeout` or `key_id` are blanked.
 */

/** Header names (lower-cased) whose values are credentials whatever they hold. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
]);

/** Words that are credentials on their own. */
const SECRET_WORDS = new Set([
  "key",
  "apikey",
  "token",
  "secret",
  "password",
  "passwd",
  "pwd",
  "passphrase",
  "session",
  "sessid",
  "signature",
  "sig",
  "auth",
  "authn",
  "authz",
  "authorization",
  "authentication",
  "credential",
  "cred",
  "creds",
  "jwt",
]);

/** Endings that make a run-together word a credential (`accesstoken`, `userpwd`). */
const SECRET_ENDINGS = ["token", "secret", "password", "passwd", "pwd", "passphrase", "signature"];

/** What may come before "key" in a run-together credential word (`apikey`, `secretkey`…). */
const KEY_PREFIXES = [
  "api",
  "access",
  "secret",
  "private",
  "auth",
  "session",
  "client",
  "consumer",
  "app",
  "master",
  "subscription",
  "license",
  "signing",
  "encryption",
  "account",
  "admin",
  "service",
  "shared",
  "hmac",
  "pass",
];

/** Words before "key" that name something else (`Idempotency-Key`, `public_key`, `sort_key`). */
const NOT_SECRET_BEFORE_KEY = new Set([
  "idempotency",
  "public",
  "sort",
  "partition",
  "primary",
  "foreign",
  "cache",
  "socket",
  "websocket",
]);

/** Words before "token" that name a cursor, not a credential (`page_token`, `nextToken`). */
const NOT_SECRET_BEFORE_TOKEN = new Set([
  "page",
  "next",
  "prev",
  "previous",
  "continuation",
  "pagination",
  "cursor",
  "sync",
  "resume",
]);

/** Run-together cursor names that end in "token" but are not credentials. */
const NOT_SECRET_TOKEN_WORDS = [
  "pagetoken",
  "nexttoken",
  "prevtoken",
  "continuationtoken",
  "paginationtoken",
  "cursortoken",
  "synctoken",
];

/** Words after a credential word that make the name about it, not it (`token_type`). */
const NOT_SECRET_AFTER = new Set([
  "type",
  "method",
  "algorithm",
  "alg",
  "url",
  "uri",
  "endpoint",
  "expiry",
  "expires",
  "expiration",
]);

/** A name's words, lower-cased: split at punctuation, spaces and camelCase humps. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => w.toLowerCase());
}

/** A word without a plural "s" (`keys` → key, `credentials` → credential). */
const singular = (w: string) =>
  w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;

/** Whether one word (no qualifiers considered) is a credential word. */
function isSecretWord(word: string): boolean {
  const w = singular(word);
  if (SECRET_WORDS.has(w) || w.includes("session") || w.endsWith("sessid")) return true;
  if (NOT_SECRET_TOKEN_WORDS.some((t) => w.endsWith(t))) return false;
  if (SECRET_ENDINGS.some((e) => w.endsWith(e))) return true;
  return KEY_PREFIXES.some((p) => w.endsWith(`${p}key`));
}

/** Whether the word at `i` is a credential word once its neighbours are read. */
function isSecretAt(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  if (!isSecretWord(word)) return false;
  const before = words[i - 1];
  const after = words[i + 1];
  const w = singular(word);
  if (before && w === "key" && NOT_SECRET_BEFORE_KEY.has(before)) return false;
  if (before && w === "token" && NOT_SECRET_BEFORE_TOKEN.has(before)) return false;
  return !(after && NOT_SECRET_AFTER.has(after));
}

/** Whether a query parameter, form field, header or variable named `name` holds a secret. */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  return words.some((_, i) => isSecretAt(words, i));
}

/** Whether a header named `name` holds a credential: Authorization, Cookie… or a secret name. */
export function isSecretHeader(name: string): boolean {
  return CREDENTIAL_HEADERS.has(name.trim().toLowerCase()) || isSecretName(name);
}

/**
 * Whether `value` is only a `{{variable}}` reference, perhaps after an auth scheme
 * (`{{token}}`, `Bearer {{token}}`): it names a secret without holding one, and the variable
 * itself goes through the policy.
 */
export function isOnlyReference(value: string): boolean {
  return /^\s*(?:[A-Za-z][\w-]*\s+)?\{\{[^{}]+\}\}\s*$/.test(value);
}
