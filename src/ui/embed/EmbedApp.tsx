/**
 * The `/embed` page: one shared request or a small collection, read-only by default, for an
 * iframe. Lists the requests (method and name), shows the chosen one (RequestView), sends it
 * through the browser transport, and links to the full app ("Open in Satchel") with the same
 * collection in a share link. Nothing here touches the app's storage.
 */
import { For, Match, Show, Switch, createMemo, createResource, createSignal } from "solid-js";
import type { Deps } from "../../core/factory";
import type { Transport } from "../../core/http/transport";
import type { Result } from "../../core/result";
import { asCollection } from "../../core/share/asCollection";
import { readEmbedCollection } from "../../core/share/embedCollection";
import { shareLink } from "../../core/share/fragment";
import { createEmbedSend } from "./createEmbedSend";
import { RequestList } from "./RequestList";
import { RequestView } from "./RequestView";

/** Props of {@link EmbedApp}. */
export interface EmbedAppProps {
  /** The collection JSON, once loaded (see loadEmbedSource). */
  source: () => Promise<Result<unknown>>;
  transport: Transport;
  deps: Deps;
  /** Where "Open in Satchel" points (the app's own origin, "/"). */
  appUrl: string;
  /** Let the reader edit the URL and a raw body before sending (`?edit`); default read-only. */
  editable?: boolean;
}

/** Renders the page. */
export function EmbedApp(props: EmbedAppProps) {
  const [loaded] = createResource(() => props.source());
  const json = () => {
    const r = loaded();
    return r?.ok ? asCollection(r.value) : undefined;
  };
  const read = createMemo(() => {
    const value = json();
    return value === undefined ? undefined : readEmbedCollection(value, props.deps);
  });
  const embedded = () => {
    const r = read();
    return r?.ok ? r.value : undefined;
  };
  const problem = () => {
    const l = loaded();
    if (l && !l.ok) return l.error;
    const r = read();
    return r && !r.ok ? r.error : undefined;
  };
  const linkInput = () => {
    const value = json();
    return value === undefined ? undefined : { value, appUrl: props.appUrl };
  };
  const [link] = createResource(linkInput, (input) => shareLink(input.appUrl, input.value));
  const [chosen, setChosen] = createSignal(0);
  const current = () => embedded()?.requests[chosen()];
  // eslint-disable-next-line solid/reactivity -- one transport for the page's life
  const sender = createEmbedSend(props.transport, props.deps);
  const choose = (i: number) => {
    setChosen(i);
    sender.reset();
  };
  return (
    <main class="embed">
      <section class="embed-panel" aria-label="Embedded collection">
        <Switch>
          <Match when={problem()}>
            {(error) => (
              <p role="alert" class="embed-error">
                {error().message}
                {error().hint ? ` ${error().hint}` : ""}
              </p>
            )}
          </Match>
          <Match when={!embedded()}>
            <p role="status" class="embed-meta">
              Loading the collection…
            </p>
          </Match>
          <Match when={embedded()}>
            {(c) => (
              <>
                <header class="embed-header">
                  <h1>{c().collection.name}</h1>
                  <Show when={link()}>
                    {(href) => (
                      <a class="button" href={href()} target="_blank" rel="noopener">
                        Open in Satchel
                      </a>
                    )}
                  </Show>
                </header>
                <Show when={c().collection.description}>
                  <p class="embed-description">{c().collection.description}</p>
                </Show>
                <Show when={c().warnings.length}>
                  <ul class="embed-warnings" aria-label="Notes">
                    <For each={c().warnings}>{(w) => <li>{w}</li>}</For>
                  </ul>
                </Show>
                <Show when={c().requests.length === 0}>
                  <p class="embed-meta">This collection has no requests.</p>
                </Show>
                <Show when={c().requests.length > 0}>
                  <RequestList requests={c().requests} chosen={chosen()} onChoose={choose} />
                </Show>
                <Show when={current()} keyed>
                  {(entry) => (
                    <RequestView entry={entry} editable={props.editable ?? false} sender={sender} />
                  )}
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </section>
    </main>
  );
}
