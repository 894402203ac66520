/**
 * Sending one embedded request: build it (collection variables, simple auth), send it through the
 * given transport, and keep the latest outcome. A newer send or Cancel aborts the one in flight.
 */
import type { Accessor } from "solid-js";
import { createSignal, onCleanup } from "solid-js";
import type { Deps } from "../../core/factory";
import type { HttpResponse, SendError, Transport } from "../../core/http/transport";
import type { EmbedRequest } from "../../core/share/embedCollection";
import { buildEmbedRequest } from "../../core/share/embedCollection";

/** What the response area shows. */
export type EmbedOutcome =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "done"; response: HttpResponse; warnings: string[] }
  | { kind: "failed"; error: SendError; warnings: string[] };

/** The send state of the embed page. */
export interface EmbedSend {
  outcome: Accessor<EmbedOutcome>;
  send: (entry: EmbedRequest) => Promise<void>;
  cancel: () => void;
  /** Forgets the last outcome (another request was chosen). */
  reset: () => void;
}

/** Creates the send state; an in-flight send is aborted when the owner is disposed. */
export function createEmbedSend(transport: Transport, deps: Deps): EmbedSend {
  const [outcome, setOutcome] = createSignal<EmbedOutcome>({ kind: "idle" });
  let inflight: AbortController | undefined;
  /** Aborts the send in flight, if any; its outcome is then dropped. */
  const cancel = () => {
    inflight?.abort();
    inflight = undefined;
  };
  onCleanup(cancel);
  return {
    outcome,
    cancel: () => {
      if (!inflight) return;
      cancel();
      setOutcome({ kind: "idle" });
    },
    reset: () => {
      cancel();
      setOutcome({ kind: "idle" });
    },
    send: async (entry) => {
      cancel();
      const built = buildEmbedRequest(entry, deps);
      if (!built.ok) {
        const { message, hint } = built.error;
        const error: SendError = { code: "INVALID_URL", message, ...(hint ? { hint } : {}) };
        setOutcome({ kind: "failed", error, warnings: [] });
        return;
      }
      const controller = new AbortController();
      inflight = controller;
      setOutcome({ kind: "sending" });
      const result = await transport.send(built.value.http, { signal: controller.signal });
      if (inflight !== controller) return;
      inflight = undefined;
      const warnings = [
        ...built.value.warnings,
        ...(result.ok ? (result.warnings ?? []).map((w) => w.message) : []),
      ];
      setOutcome(
        result.ok
          ? { kind: "done", response: result.response, warnings }
          : { kind: "failed", error: result.error, warnings },
      );
    },
  };
}
