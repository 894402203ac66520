/** The Headers tab: every response header in order, and what the browser hides. */
import { For, Show } from "solid-js";

/** Props of {@link HeadersView}. */
export interface HeadersViewProps {
  headers: readonly [string, string][];
  /** False when the transport can't see Set-Cookie (the browser's fetch). Defaults to false. */
  seesSetCookie?: boolean;
  /** The table's accessible name; default "Response headers". */
  caption?: string;
}

/** A two-column table of names and values. */
export function HeadersView(props: HeadersViewProps) {
  return (
    <div class="response-headers">
      <Show when={props.seesSetCookie !== true}>
        <p class="response-note">
          Browsers hide Set-Cookie headers from web pages, so cookies the server set are not listed
          here.
        </p>
      </Show>
      <Show
        when={props.headers.length > 0}
        fallback={<p class="response-note">The response has no headers.</p>}
      >
        <table class="headers-table">
          <caption class="visually-hidden">{props.caption ?? "Response headers"}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.headers}>
              {([name, value]) => (
                <tr>
                  <th scope="row">{name}</th>
                  <td>{value}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
