/**
 * The Body tab: view switch (Pretty / Raw / Preview), "Wrap lines" for Raw, search, copy and
 * save, and the body itself — a virtualized line view over the worker's document (JSON and XML
 * pretty-printed there), or a preview.
 */
import { For, Match, Show, Suspense, Switch, createSignal, lazy } from "solid-js";
import type { HttpResponse } from "../../../core/http/transport";
import type { FormatClient, ViewMode } from "../../../workers/format/types";
import { downloadData } from "../../primitives/download";
import { bodyBlob, copyBlob, fileNameFor } from "./bodyActions";
import type { BodyDocument } from "./createBodyDocument";
import { createResponseSearch } from "./createResponseSearch";
import { previewKind } from "./previewKind";
import { SearchBar } from "./SearchBar";
import { VirtualLines } from "./VirtualLines";

// HTML, image and PDF previews (frames, the SVG rasterizer) load when Preview is first chosen.
const PreviewFrame = lazy(() =>
  import("./PreviewFrame").then((m) => ({ default: m.PreviewFrame })),
);

/** How the body is shown. */
export type BodyMode = ViewMode | "preview";

/** Props of {@link BodyView}. */
export interface BodyViewProps {
  client: FormatClient;
  doc: BodyDocument;
  response: HttpResponse;
}

const MODES: { mode: BodyMode; label: string }[] = [
  { mode: "pretty", label: "Pretty" },
  { mode: "raw", label: "Raw" },
  { mode: "preview", label: "Preview" },
];

/** Renders the body of a finished response. */
export function BodyView(props: BodyViewProps) {
  const preview = () => previewKind(props.doc.contentType(), props.doc.info()?.kind);
  const [chosen, setChosen] = createSignal<BodyMode>();
  const mode = (): BodyMode => {
    const picked = chosen();
    if (picked !== undefined) return picked;
    const p = preview();
    return p === "image" || p === "pdf" ? "preview" : "pretty";
  };
  const textMode = (): ViewMode | undefined => {
    const m = mode();
    return m === "preview" ? undefined : m;
  };
  const [notice, setNotice] = createSignal("");
  const [wrap, setWrap] = createSignal(false);
  /** Why Pretty shows the body as received: it claims JSON or XML but does not parse. */
  const unformatted = () => {
    const info = props.doc.info();
    if (mode() !== "pretty" || !info || info.prettyOk) return undefined;
    if (info.kind === "json") return "This body is not valid JSON, so it is shown as received.";
    if (info.kind === "xml") return "This body is not well-formed XML, so it is shown as received.";
    return undefined;
  };
  const search = createResponseSearch(
    () => props.client,
    () => props.doc.id(),
    textMode,
    () => props.doc.info() !== undefined,
  );

  const blob = () =>
    bodyBlob(
      props.client,
      props.doc.id(),
      textMode() ?? "raw",
      props.response,
      props.doc.contentType(),
    );
  const copy = async () => {
    const b = await blob();
    if (!b.ok) return setNotice(`Couldn't copy: ${b.error.message}`);
    try {
      await copyBlob(b.value);
      setNotice("Copied to clipboard");
    } catch (e) {
      setNotice(`Couldn't copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const save = async () => {
    const b = await blob();
    if (!b.ok) return setNotice(`Couldn't save: ${b.error.message}`);
    downloadData(b.value, fileNameFor(props.response.url, props.doc.info()?.kind));
  };

  return (
    <div class="response-body">
      <div class="response-toolbar">
        <div class="response-modes" role="group" aria-label="Body view">
          <For each={MODES}>
            {(m) => (
              <button
                type="button"
                class="response-mode"
                aria-pressed={mode() === m.mode}
                onClick={() => setChosen(m.mode)}
              >
                {m.label}
              </button>
            )}
          </For>
        </div>
        <Show when={mode() === "raw"}>
          <button
            type="button"
            class="response-mode"
            aria-pressed={wrap()}
            onClick={() => setWrap((on) => !on)}
          >
            Wrap lines
          </button>
        </Show>
        <SearchBar search={search} disabled={mode() === "preview"} />
        <button type="button" class="button" onClick={() => void copy()}>
          Copy response
        </button>
        <button type="button" class="button" onClick={() => void save()}>
          Save response
        </button>
        <span class="visually-hidden" role="status">
          {notice()}
        </span>
      </div>
      <Show when={unformatted()}>{(text) => <p class="response-note">{text()}</p>}</Show>
      <Switch fallback={<p class="response-note">Formatting…</p>}>
        <Match when={props.doc.error()}>
          {(e) => <p class="response-note">Couldn't format the body: {e().message}</p>}
        </Match>
        <Match when={mode() === "preview"}>
          <Suspense fallback={<p class="response-note">Loading the preview…</p>}>
            <PreviewFrame
              body={props.response.body}
              contentType={props.doc.contentType()}
              kind={preview()}
              url={props.response.url}
            />
          </Suspense>
        </Match>
        <Match when={props.response.body.length === 0}>
          <p class="response-note">The response has no body.</p>
        </Match>
        <Match when={props.doc.info()?.kind === "binary"}>
          <p class="response-note">Binary body. Use Preview or Save response to see it.</p>
        </Match>
        <Match when={props.doc.info()}>
          {(info) => (
            <VirtualLines
              client={props.client}
              docId={props.doc.id()}
              mode={textMode() ?? "raw"}
              lineCount={textMode() === "pretty" ? info().lineCount : info().rawLineCount}
              matches={search.result()?.matches ?? []}
              current={search.current()}
              wrap={mode() === "raw" && wrap()}
            />
          )}
        </Match>
      </Switch>
    </div>
  );
}
