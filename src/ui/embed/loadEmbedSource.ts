/**
 * Where the embed page's collection comes from: `?collection=<url>` (fetched through the browser
 * transport, so a CORS refusal is explained in the app's words, and cut off past a size limit) or
 * a `#import=<fragment>` share link. Gives the collection's JSON, or an error to show.
 */
import type { Transport } from "../../core/http/transport";
import type { AppError, Result } from "../../core/result";
import { err, ok } from "../../core/result";
import {
  decodeShareFragment,
  SHARE_MAX_BYTES,
  shareFragmentFromHash,
} from "../../core/share/fragment";
import { makeFetchTransport } from "../transport/fetchTransport";

/** The page's address parts the source is read from. */
export interface EmbedLocation {
  search: string;
  hash: string;
  href: string;
}

/** Most bytes a `?collection=` document may have (as for share links). */
export const EMBED_MAX_DOWNLOAD = SHARE_MAX_BYTES;

const tooLarge = (): AppError => ({
  code: "EMBED_TOO_LARGE",
  message: `The collection is larger than ${EMBED_MAX_DOWNLOAD / (1024 * 1024)} MB; the embed shows small collections only.`,
  hint: "Open it in Satchel instead.",
});

/** A fetch transport that gives up once a download passes the limit. */
function limitedTransport(controller: AbortController): Transport {
  return makeFetchTransport({
    onProgress: ({ received }) => {
      if (received > EMBED_MAX_DOWNLOAD) controller.abort();
    },
  });
}

/** Fetches and parses the collection at `url` (relative to the page). */
export async function fetchCollection(
  url: string,
  base: string,
  transport?: Transport,
): Promise<Result<unknown>> {
  let target: string;
  try {
    target = new URL(url, base).href;
  } catch {
    return err({ code: "INVALID_URL", message: `"${url}" is not a valid collection URL.` });
  }
  const controller = new AbortController();
  const sent = await (transport ?? limitedTransport(controller)).send(
    { method: "GET", url: target, headers: [["Accept", "application/json"]] },
    { signal: controller.signal },
  );
  if (!sent.ok) return err(controller.signal.aborted ? tooLarge() : sent.error);
  const { status, statusText, body } = sent.response;
  if (status < 200 || status > 299) {
    return err({
      code: "EMBED_FETCH_FAILED",
      message: `Loading the collection from ${target} failed: ${status} ${statusText}.`.trim(),
    });
  }
  if (body.length > EMBED_MAX_DOWNLOAD) return err(tooLarge());
  try {
    return ok(JSON.parse(new TextDecoder().decode(body)) as unknown);
  } catch (e) {
    return err({
      code: "EMBED_NOT_JSON",
      message: `The collection at ${target} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`,
    });
  }
}

/** The collection JSON the page was given, or why there is none. */
export async function loadEmbedSource(
  where: EmbedLocation,
  transport?: Transport,
): Promise<Result<unknown>> {
  const url = new URLSearchParams(where.search).get("collection");
  if (url) return fetchCollection(url, where.href, transport);
  const fragment = shareFragmentFromHash(where.hash);
  if (fragment !== undefined) return decodeShareFragment(fragment);
  return err({
    code: "EMBED_NO_SOURCE",
    message:
      "Nothing to show: this page needs ?collection=<URL of a Postman collection> or a #import= link.",
  });
}
