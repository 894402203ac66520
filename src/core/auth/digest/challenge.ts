/**
 * Reading `WWW-Authenticate` (RFC 9110 §11.6.1): one header may carry several challenges
 * (`Basic realm="a", Digest realm="b", nonce="c"`), a response may carry several headers, and
 * parameter values are tokens or quoted strings with `\"` escapes and commas inside. Lenient where
 * servers are sloppy (a missing comma between parameters), never throwing.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1
 */

/** One challenge: its scheme, its parameters (names lower-cased, first one wins), or a token68. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
  token68?: string;
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y;
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*/y;
const BARE_VALUE = /[^\s,]*/y;

/** Every challenge in one header value, in order. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let current: Challenge | undefined;
  let i = 0;
  const n = header.length;
  const skipWs = () => {
    while (i < n && (header[i] === " " || header[i] === "\t")) i++;
  };
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(header);
    if (!m || m[0] === "") return undefined;
    i = re.lastIndex;
    return m[0];
  };
  const quoted = (): string => {
    let value = "";
    i++; // opening quote
    while (i < n && header[i] !== '"') {
      if (header[i] === "\\" && i + 1 < n) i++;
      value += header[i];
      i++;
    }
    i++; // closing quote (or past the end when unterminated)
    return value;
  };

  while (i < n) {
    while (i < n && /[\s,]/.test(header[i]!)) i++;
    if (i >= n) break;
    const name = match(TOKEN);
    if (name === undefined) {
      // Not a token: skip to the next comma.
      while (i < n && header[i] !== ",") i++;
      continue;
    }
    skipWs();
    if (header[i] === "=") {
      i++;
      skipWs();
      const value = header[i] === '"' ? quoted() : (match(BARE_VALUE) ?? "");
      const key = name.toLowerCase();
      if (current && !(key in current.params)) current.params[key] = value;
      continue;
    }
    current = { scheme: name, params: {} };
    out.push(current);
    const start = i;
    const token68 = match(TOKEN68);
    if (token68 !== undefined) {
      skipWs();
      if (i >= n || header[i] === ",") current.token68 = token68;
      else i = start; // it was the first parameter's name
    }
  }
  return out;
}

/** Every challenge of every `WWW-Authenticate` header of a response, in order. */
export function responseChallenges(headers: readonly [string, string][]): Challenge[] {
  return headers
    .filter(([name]) => name.toLowerCase() === "www-authenticate")
    .flatMap(([, value]) => parseChallenges(value));
}
