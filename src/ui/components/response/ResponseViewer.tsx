/**
 * The response pane (UI contract): idle hint, a ticking "Sending…", a send error as an alert, or
 * the finished response. Big bodies are formatted in the format worker, never on this thread.
 */
import { Match, Show, Switch } from "solid-js";
import type { HttpResponse } from "../../../core/http/transport";
import type { ScriptError } from "../../../core/sandbox/types";
import type { FormatClient } from "../../../workers/format/types";
import type { TabItem } from "../common/Tabs";
import type { ResponseState } from "../../stores/responseState";
import { DoneView } from "./DoneView";
import { ErrorView } from "./ErrorView";
import { createFormatClientAccessor } from "./formatClientContext";
import { LoadingView } from "./LoadingView";
import { ScriptFailure } from "./ScriptFailure";
import "../../styles/response.css";

/** Props of {@link ResponseViewer}; only `state` is required. */
export interface ResponseViewerProps {
  state: ResponseState;
  /** Extra tabs after Body and Headers (e.g. "Tests", "Console"). */
  extraTabs?: TabItem[];
  /** The format worker client; defaults to FormatClientContext, then the shared worker. */
  client?: FormatClient;
  /** Whether the transport sees Set-Cookie (hides the "browser hides Set-Cookie" note). */
  seesSetCookie?: boolean;
  /** Offers "Save as example" on a finished response. */
  onSaveExample?: (response: HttpResponse) => void;
  /** Errors of this send's pre-request scripts, shown above the rest as soon as they are known. */
  prerequestErrors?: readonly ScriptError[] | undefined;
}

/** A region named "Response". */
export function ResponseViewer(props: ResponseViewerProps) {
  const client = createFormatClientAccessor(() => props.client);
  const as = <K extends ResponseState["kind"]>(kind: K) => {
    const s = props.state;
    return s.kind === kind ? (s as Extract<ResponseState, { kind: K }>) : undefined;
  };
  return (
    <section class="response-viewer" aria-label="Response">
      <Show when={props.prerequestErrors?.length ? props.prerequestErrors : undefined}>
        {(errors) => <ScriptFailure errors={errors()} />}
      </Show>
      <Switch>
        <Match when={as("idle")}>
          <p class="response-idle">Send a request to see the response</p>
        </Match>
        <Match when={as("loading")}>
          {(s) => <LoadingView startedAt={s().startedAt} phase={s().phase} scripts={s().scripts} />}
        </Match>
        <Match when={as("error")}>{(s) => <ErrorView error={s().error} />}</Match>
        <Match when={as("done")}>
          {(s) => (
            <DoneView
              client={client()}
              response={s().response}
              warnings={s().warnings}
              extraTabs={props.extraTabs}
              seesSetCookie={props.seesSetCookie}
              onSaveExample={props.onSaveExample}
            />
          )}
        </Match>
      </Switch>
    </section>
  );
}
