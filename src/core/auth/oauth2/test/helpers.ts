/** Fakes for the OAuth 2.0 tests: token endpoint answers, a token store, an auth builder. */
import type { SendResult } from "../../../http/transport";
import type { Auth } from "../../../model";
import type { OAuth2Token, OAuth2TokenStore } from "../../types";
import { decodeUtf8 } from "../../../pipeline/decode";
import type { HttpRequest } from "../../../http/transport";

/** An answer with `body` (an object becomes JSON). */
export function answer(
  status: number,
  body: object | string,
  contentType = typeof body === "string" ? "application/x-www-form-urlencoded" : "application/json",
): SendResult {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return {
    ok: true,
    response: {
      status,
      statusText: status === 200 ? "OK" : "Bad Request",
      headers: [["content-type", contentType]],
      body: new TextEncoder().encode(text),
      timeMs: 1,
      url: "",
      redirected: false,
    },
  };
}

/** An oauth2 auth with these attributes. */
export const oauth2Auth = (attrs: Record<string, unknown>): Auth => ({
  type: "oauth2",
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value })),
});

/** The form fields of a sent token request. */
export function sentFields(request: HttpRequest): Record<string, string> {
  if (request.body?.kind !== "urlencoded") throw new Error("not a form body");
  return Object.fromEntries(request.body.fields);
}

/** The header `name` of a request (case-insensitive). */
export const header = (request: HttpRequest, name: string) =>
  request.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

/** An in-memory token store: the newest token named like the auth's `tokenName`. */
export function memoryStore(tokens: OAuth2Token[] = []) {
  const saved: OAuth2Token[] = [];
  const store: OAuth2TokenStore = {
    current: async (_owner, auth) => {
      const name = auth.attributes.find((a) => a.key === "tokenName")?.value;
      return tokens.filter((t) => t.name === name).at(-1);
    },
    save: async (_owner, token) => {
      saved.push(token);
      const i = tokens.findIndex((t) => t.id === token.id);
      if (i >= 0) tokens[i] = token;
      else tokens.push(token);
    },
  };
  return { store, saved, tokens };
}

export const text = (bytes: Uint8Array) => decodeUtf8(bytes);
