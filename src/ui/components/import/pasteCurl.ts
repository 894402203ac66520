/**
 * A cURL command pasted into the URL field: the draft takes the command's method, URL (with its
 * params and path variables), headers, body and auth; its id, name and scripts stay.
 */
import type { Deps } from "../../../core/factory";
import { importCurl, looksLikeCurl } from "../../../core/import/curl/index";
import type { Request } from "../../../core/model";

/** Ids and times of the parsed request are thrown away, so fixed ones do. */
const throwaway: Deps = { clock: { now: () => 0 }, random: { next: () => 0, uuid: () => "curl" } };

/** The draft updated from `text`, or undefined when `text` is not a usable cURL command. */
export function withPastedCurl(request: Request, text: string): Request | undefined {
  if (!looksLikeCurl(text)) return undefined;
  const parsed = importCurl(text, throwaway, request.collectionId);
  if (!parsed.ok) return undefined;
  const p = parsed.value.request;
  const next: Request = {
    ...request,
    method: p.method,
    url: p.url,
    params: p.params,
    pathVariables: p.pathVariables,
    headers: p.headers,
    body: p.body,
  };
  if (p.auth.type !== "inherit") next.auth = p.auth;
  if (p.settings.followRedirects !== undefined) {
    next.settings = { ...request.settings, followRedirects: p.settings.followRedirects };
  }
  return next;
}
