/**
 * One embedded request: its name, method and URL, description and body, Send (Cancel while in
 * flight) and the response. Read-only unless the page was opened with `?edit`, which makes the
 * URL and a raw body editable for this visit (nothing is stored).
 */
import { Show, createSignal, untrack } from "solid-js";
import { requestUrlTemplate } from "../../core/http/buildRequest";
import type { EmbedRequest } from "../../core/share/embedCollection";
import { withEdits } from "../../core/share/embedCollection";
import type { EmbedSend } from "./createEmbedSend";
import { fullName } from "./RequestList";
import { ResponseView } from "./ResponseView";

/** Props of {@link RequestView}. Mount one per request (keyed), so edits start fresh. */
export interface RequestViewProps {
  entry: EmbedRequest;
  editable: boolean;
  sender: EmbedSend;
}

/** Renders the request and its latest response. */
export function RequestView(props: RequestViewProps) {
  const request = () => props.entry.request;
  const raw = () => (request().body.mode === "raw" ? request().body.raw : "");
  // Edits start from the request as given; the view is keyed by request, so read once.
  const [url, setUrl] = createSignal(untrack(() => requestUrlTemplate(request())));
  const [body, setBody] = createSignal(untrack(raw));
  const send = () => {
    const edited = props.editable ? withEdits(request(), { url: url(), raw: body() }) : request();
    void props.sender.send({ ...props.entry, request: edited });
  };
  return (
    <article class="embed-request" aria-label={`${request().method} ${request().name}`}>
      <h2>{fullName(props.entry)}</h2>
      <p class="embed-url">
        <span class={`embed-method method-${request().method.toLowerCase()}`}>
          {request().method}
        </span>{" "}
        <Show when={props.editable} fallback={<code>{url()}</code>}>
          <input
            class="embed-url-input"
            aria-label="URL"
            value={url()}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </Show>
      </p>
      <Show when={request().description}>
        <p class="embed-description">{request().description}</p>
      </Show>
      <Show when={raw()}>
        <Show
          when={props.editable}
          fallback={
            <details class="embed-request-body">
              <summary>Body</summary>
              <pre>{raw()}</pre>
            </details>
          }
        >
          <textarea
            class="embed-body-input"
            aria-label="Request body"
            rows={6}
            value={body()}
            onInput={(e) => setBody(e.currentTarget.value)}
          />
        </Show>
      </Show>
      <div class="embed-actions">
        <Show
          when={props.sender.outcome().kind === "sending"}
          fallback={
            <button type="button" class="button button-primary" onClick={send}>
              Send
            </button>
          }
        >
          <button type="button" class="button" onClick={() => props.sender.cancel()}>
            Cancel
          </button>
        </Show>
      </div>
      <ResponseView outcome={props.sender.outcome()} />
    </article>
  );
}
