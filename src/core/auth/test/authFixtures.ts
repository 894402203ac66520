/** Shared helpers for the auth scheme tests: Postman-style auth, a context, header parsing. */
import { makeFixedClock, makeSeededRandom } from "../../clock";
import type { HttpRequest } from "../../http/transport";
import type { Auth, AuthType } from "../../model";
import type { AuthContext } from "../types";

/** Postman v2.1 auth from a plain object of attributes. */
export const authOf = (type: AuthType, attrs: Record<string, unknown>): Auth => ({
  type,
  attributes: Object.entries(attrs).map(([key, value]) => ({
    key,
    value,
    type: typeof value === "boolean" ? "boolean" : "string",
  })),
});

/** A context with a fixed clock (2014-03-21T19:34:21Z) and seeded randomness. */
export const testContext = (now = Date.UTC(2014, 2, 21, 19, 34, 21)): AuthContext => ({
  deps: { clock: makeFixedClock(now), random: makeSeededRandom(7) },
});

/** A request with no headers or body. */
export const request = (method: string, url: string, extra: Partial<HttpRequest> = {}) => ({
  method,
  url,
  headers: [] as [string, string][],
  ...extra,
});

/** The value of header `name` (case-insensitive), or undefined. */
export const headerOf = (http: HttpRequest, name: string) =>
  http.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
