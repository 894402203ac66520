/**
 * The Redirects tab: each redirect response on the way to the final one (status, the URL asked,
 * its Location, its headers on demand), or, when the transport followed redirects out of sight
 * (the browser's fetch), that it did and where to see the hops.
 */
import { For, Show, createSignal, createUniqueId } from "solid-js";
import type { RedirectHop } from "../../../core/http/transport";
import { formatDuration } from "../../../core/format/duration";
import { HeadersView } from "./HeadersView";
import { statusClass, statusLine } from "./units";
import "../../styles/timing.css";

/** Props of {@link RedirectsView}. */
export interface RedirectsViewProps {
  /** The hops in order; absent when the transport cannot see them. */
  redirects: readonly RedirectHop[] | undefined;
  /** Where the last hop led: the final response's URL and status. */
  finalUrl: string;
  finalStatus: number;
  finalStatusText: string;
}

/** Whether a response has something for the Redirects tab: hops, or unseen ones. */
export function hasRedirects(response: {
  redirects?: readonly RedirectHop[];
  redirected: boolean;
}): boolean {
  return response.redirects ? response.redirects.length > 0 : response.redirected;
}

/** An ordered list of hops ending at the final response, or the note for fetch. */
export function RedirectsView(props: RedirectsViewProps) {
  return (
    <div class="response-redirects">
      <Show
        when={props.redirects?.length ? props.redirects : undefined}
        fallback={
          <p class="response-note">
            The browser's fetch followed the redirects silently, so their hops are unknown; it ended
            at {props.finalUrl}. Send through the local agent to list each hop with its status,
            Location and headers.
          </p>
        }
      >
        {(hops) => (
          <>
            <ol class="redirect-hops" aria-label="Redirect hops">
              <For each={hops()}>{(hop, i) => <HopItem hop={hop} number={i() + 1} />}</For>
            </ol>
            <p class="redirect-final">
              <span class="response-metric-label">Final</span>{" "}
              <span class={`response-status ${statusClass(props.finalStatus)}`}>
                {statusLine(props.finalStatus, props.finalStatusText)}
              </span>{" "}
              <span class="redirect-url">{props.finalUrl}</span>
            </p>
          </>
        )}
      </Show>
    </div>
  );
}

function HopItem(props: { hop: RedirectHop; number: number }) {
  const [open, setOpen] = createSignal(false);
  const panelId = createUniqueId();
  return (
    <li class="redirect-hop">
      <div class="redirect-hop-line">
        <span class={`response-status ${statusClass(props.hop.status)}`}>
          {statusLine(props.hop.status, props.hop.statusText)}
        </span>{" "}
        <span class="redirect-method">{props.hop.method}</span>{" "}
        <span class="redirect-url">{props.hop.url}</span>
        <Show when={props.hop.timings}>
          {(t) => <span class="redirect-time"> {formatDuration(t().totalMs)}</span>}
        </Show>
      </div>
      <div class="redirect-location">
        <span class="response-metric-label">Location</span> {props.hop.location || "(none)"}
      </div>
      <button
        type="button"
        class="button redirect-headers-toggle"
        aria-expanded={open()}
        aria-controls={panelId}
        aria-label={`Headers (${props.hop.headers.length}) of hop ${props.number}`}
        onClick={() => setOpen(!open())}
      >
        Headers ({props.hop.headers.length})
      </button>
      <div id={panelId} hidden={!open()}>
        <HeadersView
          headers={props.hop.headers}
          seesSetCookie
          caption={`Headers of hop ${props.number}`}
        />
      </div>
    </li>
  );
}
