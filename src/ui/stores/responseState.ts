/** What one tab's response pane shows: the send store writes it, the ResponseViewer reads it. */
import type { HttpResponse, SendError } from "../../core/http/transport";
import type { ScriptOwner } from "../../core/pipeline";

/** Which part of a send is under way: its scripts, or the request on the wire. */
export type SendPhase = "prerequest" | "sending" | "tests";

/** What the response pane shows. `startedAt` is epoch milliseconds. */
export type ResponseState =
  | { kind: "idle" }
  | { kind: "loading"; startedAt: number; phase?: SendPhase; scripts?: ScriptOwner[] }
  | { kind: "error"; error: SendError }
  | { kind: "done"; response: HttpResponse; warnings?: SendError[] };
