/**
 * A request given inline (cURL or Postman JSON) with a simple editor: method, URL, headers (one
 * `Name: value` per line) and a text body. Send goes straight to the transport, or through the
 * app's pipeline with the QuickJS sandbox when the item has scripts.
 */
import { createSignal, onCleanup, Show, untrack } from "solid-js";
import type { Transport } from "../../core/http/transport";
import { requestUrlTemplate } from "../../core/http/buildRequest";
import type { Request } from "../../core/model";
import { Actions } from "./Actions";
import { browserDeps } from "./browserDeps";
import { createOpenLink } from "./createOpenLink";
import { createSender } from "./createSender";
import type { FileStore } from "./files";
import type { InlineRequest } from "./inlineRequest";
import { resolveInline } from "./inlineRequest";
import { headersText, parseHeaders, urlPath } from "./inlineText";
import type { PanelOptions } from "./options";
import { routeSettings } from "./routeSettings";

/** Props of {@link InlinePanel}. */
export interface InlinePanelProps {
  inline: InlineRequest;
  options: PanelOptions;
  host: HTMLElement;
  files: FileStore;
  transport: () => Transport | undefined;
}

/** The editor and actions of an inline request. */
export function InlinePanel(props: InlinePanelProps) {
  // The panel is rebuilt when an attribute changes: the imported request is read once.
  const original = untrack(() => props.inline.request);
  const scripted = untrack(() => props.inline.scripted);
  const [method, setMethod] = createSignal(original.method);
  const [url, setUrl] = createSignal(requestUrlTemplate(original));
  const [headers, setHeaders] = createSignal(headersText(original.headers));
  const [body, setBody] = createSignal(original.body.raw);
  const [version, setVersion] = createSignal(0);
  const textBody = original.body.mode === "raw" || original.body.mode === "none";

  const edited = (): Request => ({
    ...original,
    method: method().trim().toUpperCase() || "GET",
    url: url().trim(),
    params: [],
    headers: parseHeaders(headers()),
    body: textBody
      ? { ...original.body, mode: body() === "" ? "none" : "raw", raw: body() }
      : original.body,
  });
  const build = () =>
    Promise.resolve(resolveInline({ ...props.inline, request: edited() }, browserDeps));
  const sender = createSender({
    host: untrack(() => props.host),
    build,
    route: () => routeSettings(props.options, props.files),
    transport: () => props.transport(),
    ...(scripted
      ? {
          run: async (_request, transport, signal) => {
            const { runScripted } = await import("./runInline");
            return runScripted(props.inline, edited(), transport, signal);
          },
        }
      : {}),
  });
  const open = createOpenLink({
    appUrl: untrack(() => props.options.appUrl),
    name: () => original.name || `${method()} ${urlPath(url())}`,
    build,
    version,
  });
  onCleanup(() => sender.cancel());

  return (
    <section
      role="region"
      aria-label={`Try ${method().trim().toUpperCase() || "GET"} ${urlPath(url())}`}
      part="panel"
      onInput={() => setVersion(version() + 1)}
    >
      <header part="header">
        <span class="method" part="method">
          {method().toUpperCase()}
        </span>
        <code class="path" part="path">
          {urlPath(url())}
        </code>
        <Show when={original.name}>
          <span class="summary">{original.name}</span>
        </Show>
      </header>
      <fieldset part="params">
        <legend>Request</legend>
        <label class="field">
          <span class="name">Method</span>
          <input
            type="text"
            aria-label="Method"
            value={method()}
            onInput={(e) => setMethod(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="name">URL</span>
          <input
            type="text"
            aria-label="URL"
            spellcheck={false}
            value={url()}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="name">Headers</span>
          <textarea
            aria-label="Headers"
            rows={Math.max(2, headers().split("\n").length)}
            spellcheck={false}
            value={headers()}
            onInput={(e) => setHeaders(e.currentTarget.value)}
          />
        </label>
      </fieldset>
      <Show when={!props.options.hide.has("body")}>
        <fieldset part="body">
          <legend>Body</legend>
          <Show
            when={textBody}
            fallback={<p class="hint">The {original.body.mode} body is sent as given.</p>}
          >
            <textarea
              aria-label="Request body"
              rows={Math.min(16, Math.max(4, body().split("\n").length + 1))}
              spellcheck={false}
              value={body()}
              onInput={(e) => setBody(e.currentTarget.value)}
            />
          </Show>
        </fieldset>
      </Show>
      <Show when={props.inline.scripted}>
        <p class="hint">This request has scripts: they run in a sandbox when you send it.</p>
      </Show>
      <Actions
        sender={sender}
        build={build}
        version={version()}
        openHref={open.href()}
        onOpenIntent={open.refresh}
        hide={props.options.hide}
        proxyUrl={props.options.proxyUrl}
        agent={props.options.agent}
      />
    </section>
  );
}
