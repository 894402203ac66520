/**
 * Opens a piece of text (a big request body) in the format worker for as long as the owner
 * lives, so a read-only virtualized view can show it without the page laying out all of it.
 * Re-opens when the text changes; closes the old document.
 */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, onCleanup } from "solid-js";
import type { AppError } from "../../../core/result";
import type { FormatClient, OpenInfo } from "../../../workers/format/types";

/** An opened text: its worker id, and what the worker learned (undefined while opening). */
export interface TextDocument {
  id: Accessor<string>;
  info: Accessor<OpenInfo | undefined>;
  error: Accessor<AppError | undefined>;
}

let counter = 0;

/** Reactive in `client`, `text` and `contentType`. */
export function createTextDocument(
  client: Accessor<FormatClient>,
  text: Accessor<string>,
  contentType: Accessor<string>,
): TextDocument {
  const [id, setId] = createSignal("");
  const [info, setInfo] = createSignal<OpenInfo>();
  const [error, setError] = createSignal<AppError>();
  createEffect(() => {
    const worker = client();
    const docId = `text-${++counter}`;
    let live = true;
    setId(docId);
    setInfo(undefined);
    setError(undefined);
    // One encode on this thread (~0.1 s at 100 MB); the client then sends it in slices.
    const bytes = new TextEncoder().encode(text());
    worker.open(docId, bytes, contentType()).then(
      (r) => {
        if (!live) return;
        if (r.ok) setInfo(r.value);
        else setError(r.error);
      },
      (e: unknown) => live && setError({ code: "WORKER_FAILED", message: String(e) }),
    );
    onCleanup(() => {
      live = false;
      void worker.close(docId);
    });
  });
  return { id, info, error };
}
