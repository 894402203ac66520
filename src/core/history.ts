/**
 * The history entry a finished send leaves — one rule for every host that keeps history
 * (ARCHITECTURE.md: "history entries ... live once in core"). Credential blanking is the secrets
 * policy's (`blankHistoryEntry`); whether to blank is the user's "Keep credentials in history".
 */
import type { Deps } from "./factory";
import type { HistoryEntry, Id, Request } from "./model";
import { SCHEMA_VERSION } from "./model";
import { keepTimings } from "./http/timing";
import { decodeUtf8 } from "./pipeline/decode";
import type { ItemResult } from "./pipeline/types";
import { blankHistoryEntry } from "./secrets/history";

/** History bodies are text; at most this many bytes of a response body are decoded and kept. */
export const HISTORY_BODY_LIMIT = 1024 * 1024;

/** What an entry needs besides the pipeline's result. */
export interface HistoryEntryInput {
  /** The request as the user sent it (unresolved templates). */
  request: Pick<
    Request,
    "name" | "method" | "url" | "params" | "headers" | "body" | "auth" | "collectionId"
  >;
  /** The id of the request sent; kept as `requestId` only when the request is saved. */
  requestId: Id;
  /** The workspace the entry belongs to. */
  workspaceId: Id;
  /** "Keep credentials in history": when false, the secrets policy blanks credential values. */
  keepCredentials: boolean;
}

/**
 * The entry for one send: the request as typed, the URL and headers as sent (variables resolved,
 * auth applied), the response summary with its timing phases when the transport measured them
 * (redirect hops are not kept), up to {@link HISTORY_BODY_LIMIT} bytes of its body as UTF-8
 * text, or the error that stopped it (transport error, else build error). A skipped request
 * has neither. `requestId` is set only for a saved request (one in a collection), so reopening an
 * unsaved tab's entry never points at a stored request. Id and times come from `deps`. With
 * `keepCredentials` false the entry is blanked by the secrets policy (names kept, values emptied;
 * the response body is kept as received). The inputs are not changed.
 */
export function toHistoryEntry(
  result: ItemResult,
  input: HistoryEntryInput,
  deps: Deps,
): HistoryEntry {
  const { request } = input;
  const now = deps.clock.now();
  const response = result.result?.ok ? result.result.response : undefined;
  const error = result.result && !result.result.ok ? result.result.error : result.buildError;
  const timings = keepTimings(response?.timings);
  const entry: HistoryEntry = {
    id: deps.random.uuid(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: now,
    updatedAt: now,
    workspaceId: input.workspaceId,
    request: {
      name: request.name,
      method: request.method,
      url: request.url,
      params: request.params,
      headers: request.headers,
      body: request.body,
      auth: request.auth,
    },
    resolvedUrl: result.http?.url ?? request.url,
    ...(result.http ? { sentHeaders: result.http.headers } : {}),
    ...(request.collectionId ? { requestId: input.requestId } : {}),
    ...(response
      ? {
          response: {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
            timeMs: response.timeMs,
            sizeBytes: response.body.byteLength,
            url: response.url,
            redirected: response.redirected,
            ...(timings && { timings }),
          },
          responseBody: decodeUtf8(response.body.subarray(0, HISTORY_BODY_LIMIT)),
        }
      : {}),
    ...(error ? { error: { code: error.code, message: error.message } } : {}),
    sentAt: now,
  };
  return input.keepCredentials ? entry : blankHistoryEntry(entry).value;
}
