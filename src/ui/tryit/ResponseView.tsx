/**
 * What a send gave: the status line and time (role=status), the body and the headers (regions
 * "Response body" and "Response headers"), or why it failed (role=alert) in the words the app's
 * transports use, with the proxy and agent the author offered. Loaded after the first Send.
 */
import { For, Match, Show, Switch } from "solid-js";
import { statusText } from "../../core/http/format";
import type { SendError, SendResult } from "../../core/http/transport";
import type { SendState } from "./createSender";
import { ResponseBody } from "./ResponseBody";

/** Props of {@link ResponseView}. */
export interface ResponseViewProps {
  state: SendState;
  /** The other routes the author enabled, for a failure's advice. */
  alternatives: string[];
}

function Failure(props: { error: SendError; alternatives: string[] }) {
  return (
    <div role="alert">
      {props.error.message}
      <Show when={props.error.hint}>{(hint) => <div class="hint">{hint()}</div>}</Show>
      <Show when={props.alternatives.length && props.error.code !== "CANCELLED"}>
        <div class="hint">
          This page also offers: {props.alternatives.join(", ")} (Send through).
        </div>
      </Show>
    </div>
  );
}

const okResult = (result: SendResult) => (result.ok ? result : undefined);

/** The response area of a panel. */
export function ResponseView(props: ResponseViewProps) {
  return (
    <div class="response" part="response">
      <Switch>
        <Match when={props.state.kind === "sending"}>
          <p role="status">Sending…</p>
        </Match>
        <Match when={props.state.kind === "invalid" && props.state}>
          {(s) => <p role="alert">{s().message}</p>}
        </Match>
        <Match when={props.state.kind === "cancelled" && props.state}>
          {(s) => <p role="status">{s().message}</p>}
        </Match>
        <Match when={props.state.kind === "done" && props.state}>
          {(done) => (
            <Show
              when={okResult(done().result)}
              fallback={
                <Failure
                  error={(done().result as { error: SendError }).error}
                  alternatives={props.alternatives}
                />
              }
            >
              {(ok) => {
                const response = () => ok().response;
                const good = () => response().status < 400;
                return (
                  <>
                    <p role="status" class={`status ${good() ? "good" : "bad"}`}>
                      {response().status} {response().statusText || statusText(response().status)}
                      <span class="hint"> · {Math.round(response().timeMs)} ms</span>
                    </p>
                    <For each={ok().warnings ?? []}>{(w) => <p class="hint">{w.message}</p>}</For>
                    <Show when={done().tests?.length}>
                      <ul aria-label="Tests" part="tests">
                        <For each={done().tests}>
                          {(t) => (
                            <li class={t.passed ? "pass" : "fail"}>
                              {t.passed ? "PASS" : "FAIL"} {t.name}
                              {t.error ? ` — ${t.error}` : ""}
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <section role="region" aria-label="Response body" part="response-body">
                      <ResponseBody response={response()} />
                    </section>
                    <section role="region" aria-label="Response headers" part="response-headers">
                      <details>
                        <summary>Headers ({response().headers.length})</summary>
                        <table>
                          <tbody>
                            <For each={response().headers}>
                              {([name, value]) => (
                                <tr>
                                  <th scope="row">{name}</th>
                                  <td>{value}</td>
                                </tr>
                              )}
                            </For>
                          </tbody>
                        </table>
                      </details>
                    </section>
                  </>
                );
              }}
            </Show>
          )}
        </Match>
      </Switch>
    </div>
  );
}
