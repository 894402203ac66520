/**
 * A collection's documentation, like Postman's docs tab: the collection's description, then each
 * folder (heading and description) and request (method, URL, description, path variables, query
 * parameters, headers, body and saved examples) in sidebar order. Long collections render in
 * batches as the reader scrolls (all at once before printing).
 */
import type { JSX } from "solid-js";
import { For, Match, Show, Switch, createMemo, createSignal } from "solid-js";
import type { CollectionDocs, DocsEntry } from "./docsOutline";
import { docsOutline } from "./docsOutline";
import { createRevealed } from "./createRevealed";
import { DocsFolder } from "./DocsFolder";
import { DocsRequest } from "./DocsRequest";
import { MarkdownView } from "./MarkdownView";
import "../../styles/docs.css";

/** Props of {@link DocsView}. */
export interface DocsViewProps {
  docs: CollectionDocs;
}

/** Renders the documentation. */
export function DocsView(props: DocsViewProps): JSX.Element {
  const entries = createMemo(() => docsOutline(props.docs));
  const requestCount = createMemo(() => entries().filter((e) => e.kind === "request").length);
  const revealed = createRevealed();
  const shown = createMemo(() => entries().slice(0, revealed.count()));
  const [remoteImages, setRemoteImages] = createSignal(false);
  const loadRemote = () => setRemoteImages(true);
  const level = (entry: DocsEntry) => 2 + entry.depth;
  return (
    <article class="docs-view" aria-label={`Documentation of ${props.docs.collection.name}`}>
      <p class="docs-note">{requestCount() === 1 ? "1 request" : `${requestCount()} requests`}</p>
      <MarkdownView
        source={props.docs.collection.description}
        emptyText="This collection has no description."
        remoteImages={remoteImages()}
        onLoadRemoteImages={loadRemote}
      />
      <For each={shown()}>
        {(entry) => (
          <Switch>
            <Match when={entry.kind === "folder" && entry}>
              {(folder) => (
                <DocsFolder
                  folder={folder().folder}
                  level={level(entry)}
                  path={folder().path}
                  remoteImages={remoteImages()}
                  onLoadRemoteImages={loadRemote}
                />
              )}
            </Match>
            <Match when={entry.kind === "request" && entry}>
              {(request) => (
                <DocsRequest
                  request={request().request}
                  level={level(entry)}
                  remoteImages={remoteImages()}
                  onLoadRemoteImages={loadRemote}
                />
              )}
            </Match>
          </Switch>
        )}
      </For>
      <Show when={shown().length < entries().length}>
        <p class="docs-note" ref={revealed.sentinel} role="status">
          Loading more requests…
        </p>
      </Show>
    </article>
  );
}
