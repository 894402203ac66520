/**
 * The embed page's response area: the status line and time (role=status), warnings, the headers
 * and the body as text; a failed send as the app's error view (same titles and words).
 */
import { For, Match, Show, Switch } from "solid-js";
import { ErrorView } from "../components/response/ErrorView";
import type { EmbedOutcome } from "./createEmbedSend";
import { byteSize, responseText } from "./responseText";

/** Props of {@link ResponseView}. */
export interface ResponseViewProps {
  outcome: EmbedOutcome;
}

/** Warnings beside a response or an error. */
function Warnings(props: { warnings: readonly string[] }) {
  return (
    <Show when={props.warnings.length}>
      <ul class="embed-warnings" aria-label="Warnings">
        <For each={props.warnings}>{(w) => <li>{w}</li>}</For>
      </ul>
    </Show>
  );
}

/** Renders the latest outcome; nothing before the first Send. */
export function ResponseView(props: ResponseViewProps) {
  return (
    <Switch>
      <Match when={props.outcome.kind === "sending"}>
        <p role="status" class="embed-status">
          Sending…
        </p>
      </Match>
      <Match when={props.outcome.kind === "failed" && props.outcome}>
        {(failed) => (
          <>
            <ErrorView error={failed().error} />
            <Warnings warnings={failed().warnings} />
          </>
        )}
      </Match>
      <Match when={props.outcome.kind === "done" && props.outcome}>
        {(done) => {
          const response = () => done().response;
          const body = () => responseText(response());
          return (
            <div class="embed-response">
              <p role="status" class="embed-status">
                <span
                  class="embed-status-code"
                  classList={{ "embed-status-error": response().status >= 400 }}
                >
                  {`${response().status} ${response().statusText}`.trim()}
                </span>{" "}
                <span class="embed-meta">
                  {Math.round(response().timeMs)} ms · {byteSize(response().body.length)}
                </span>
              </p>
              <Warnings warnings={done().warnings} />
              <details class="embed-headers">
                <summary>Headers ({response().headers.length})</summary>
                <section aria-label="Response headers">
                  <dl>
                    <For each={response().headers}>
                      {([name, value]) => (
                        <>
                          <dt>{name}</dt>
                          <dd>{value}</dd>
                        </>
                      )}
                    </For>
                  </dl>
                </section>
              </details>
              <section aria-label="Response body" class="embed-body">
                <pre tabIndex={0}>{body().text}</pre>
                <Show when={body().truncated}>
                  <p class="embed-meta">
                    The body is cut here; open the request in Satchel to see all of it.
                  </p>
                </Show>
              </section>
            </div>
          );
        }}
      </Match>
    </Switch>
  );
}
