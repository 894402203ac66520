/**
 * Under the response: which transport sent the request and what it could not see; when the
 * browser's fetch failed for a reason the agent lifts (CORS, a forbidden header, mixed content,
 * a private address), the exact command that starts the agent, with a copy button.
 */
import { Show, createSignal } from "solid-js";
import type { SendErrorCode } from "../../../core/http/transport";
import type { SentVia } from "../../stores/ports";
import { AGENT_COMMAND, transportGaps } from "./limits";

/** Failures through fetch that the agent or a proxy would not have. */
const AGENT_FIXES: ReadonlySet<SendErrorCode> = new Set([
  "CORS_BLOCKED",
  "FORBIDDEN_HEADER",
  "MIXED_CONTENT",
  "BODY_NOT_SENT",
  "UNREACHABLE",
]);

/** Props of {@link TransportNote}. */
export interface TransportNoteProps {
  via: SentVia | undefined;
  /** The send's failure (or the warning beside its response), if any. */
  errorCode?: SendErrorCode | undefined;
  /** Opens the header's connections dialog (pair the agent, set a proxy). */
  onConnect: () => void;
}

/** The note; nothing before the first send. */
export function TransportNote(props: TransportNoteProps) {
  const [copied, setCopied] = createSignal(false);
  const copy = () =>
    void navigator.clipboard
      ?.writeText(AGENT_COMMAND)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  const gaps = () => (props.via ? transportGaps(props.via.capabilities) : []);
  const offerAgent = () =>
    props.via?.name === "fetch" &&
    props.errorCode !== undefined &&
    AGENT_FIXES.has(props.errorCode);
  return (
    <Show when={props.via}>
      {(via) => (
        <div class="transport-note" role="note" aria-label="Transport">
          <p>
            Sent through <strong>{via().label}</strong>
            <Show when={gaps().length > 0}>; it could not see {gaps().join(", ")}</Show>.
          </p>
          <Show when={offerAgent()}>
            <div class="transport-offer">
              <p>
                The local agent sends this request as written, without the browser's limits. Start
                it on this computer, then pair it:
              </p>
              <p>
                <code>{AGENT_COMMAND}</code>{" "}
                <button type="button" class="button" onClick={copy}>
                  {copied() ? "Copied" : "Copy command"}
                </button>{" "}
                <button type="button" class="button" onClick={() => props.onConnect()}>
                  Connect agent or proxy…
                </button>
              </p>
              <p>On a phone or tablet, ask your team for a proxy URL and set it there.</p>
            </div>
          </Show>
        </div>
      )}
    </Show>
  );
}
