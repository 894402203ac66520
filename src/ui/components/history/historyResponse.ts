/**
 * What a reopened history entry shows in its tab's response pane: the response as it was kept
 * (status, headers, time, timing phases and the stored body text, which history may have cut;
 * see the db history repo), or the error that stopped the send.
 */
import type { SendError } from "../../../core/http/transport";
import type { HistoryEntry } from "../../../core/model";
import type { ResponseState } from "../../stores/responseState";

/** The response pane's state for `entry` (with its body, from `HistoryService.get`). */
export function historyResponseState(entry: HistoryEntry): ResponseState {
  const kept = entry.response;
  if (kept) {
    return {
      kind: "done",
      response: {
        status: kept.status,
        statusText: kept.statusText,
        headers: kept.headers.map(([name, value]) => [name, value]),
        body: new TextEncoder().encode(entry.responseBody ?? ""),
        timeMs: kept.timeMs,
        url: kept.url,
        redirected: kept.redirected,
        ...(kept.timings ? { timings: kept.timings } : {}),
      },
    };
  }
  if (entry.error) {
    // Stored codes are the ones the transport gave (SendErrorCode); the viewer words each.
    return { kind: "error", error: { ...entry.error } as SendError };
  }
  return { kind: "idle" };
}
