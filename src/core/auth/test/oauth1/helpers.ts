/** Helpers for the oauth1 tests: sign with Postman-style attributes, read the header. */
import type { HttpRequest } from "../../../http/transport";
import { oauth1 } from "../../oauth1";
import { authOf, request, testContext } from "../authFixtures";
import type { OAuth1Vector } from "./vectors";

/** `OAuth k="v",…` → decoded map. */
export function parseOAuthHeader(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.replace(/^OAuth /, "").matchAll(/([^=,]+)="([^"]*)"/g)) {
    out[decodeURIComponent(m[1]!)] = decodeURIComponent(m[2]!);
  }
  return out;
}

/** The vector's request as Satchel's HttpRequest. */
export function vectorRequest(v: OAuth1Vector): HttpRequest {
  const { method, url, form, text } = v.request;
  if (form) {
    const fields = form.map(([k, val]) => [k!, val!] as [string, string]);
    return request(method, url, { body: { kind: "urlencoded", fields } });
  }
  return request(method, url, text === undefined ? {} : { body: { kind: "text", text } });
}

/** The signed request (throws on AUTH_FAILED: the tests expect success). */
export async function signed(http: HttpRequest, attrs: Record<string, unknown>) {
  const result = await oauth1.apply(http, authOf("oauth1", attrs), testContext());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
