/**
 * Code generators parse URLs and JSON, which `{{variables}}` would break. Masking swaps each
 * token for a plain word that survives both (and URL encoding), and unmasking puts it back.
 */
import type { HttpBody, HttpRequest } from "../http/transport";

/** A request with its variable tokens masked, and the function that restores them in text. */
export interface Masked {
  http: HttpRequest;
  unmask: (text: string) => string;
}

const TOKEN = /\{\{([^{}]+)\}\}/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Masks `{{name}}` tokens in URL, headers and body; a URL without scheme gets `http://`. */
export function maskVariables(http: HttpRequest): Masked {
  const words = new Map<string, string>();
  const mask = (text: string) =>
    text.replace(TOKEN, (token) => {
      let word = words.get(token);
      if (word === undefined) {
        word = `zzsatchelvar${words.size}zz`;
        words.set(token, word);
      }
      return word;
    });
  const masked = mask(http.url);
  const addScheme = !SCHEME.test(masked);
  const body = http.body && maskBody(http.body, mask);
  const out: HttpRequest = {
    method: http.method,
    url: addScheme ? `http://${masked}` : masked,
    headers: http.headers.map(([k, v]) => [mask(k), mask(v)]),
    ...(body ? { body } : {}),
  };
  // Where the scheme was added, the host part reads back without it.
  const host = masked.split(/[/?#]/)[0] ?? "";
  const unmask = (text: string) => {
    let result = addScheme ? text.split(`http://${host}`).join(host) : text;
    for (const [token, word] of words) result = result.split(word).join(token);
    return result;
  };
  return { http: out, unmask };
}

function maskBody(body: HttpBody, mask: (s: string) => string): HttpBody {
  switch (body.kind) {
    case "text":
      return { kind: "text", text: mask(body.text) };
    case "urlencoded":
      return { kind: "urlencoded", fields: body.fields.map(([k, v]) => [mask(k), mask(v)]) };
    case "multipart":
      return {
        kind: "multipart",
        fields: body.fields.map((f) =>
          f.type === "text" ? { ...f, name: mask(f.name), value: mask(f.value) } : f,
        ),
      };
    case "file":
      return body;
  }
}
