/**
 * Opens bytes (a response body, a big request body) in the format worker for as long as the owner
 * lives, so a virtualized view can show them without the page laying out all of it. Re-opens when
 * the bytes, content type or client change, and closes the document it replaces.
 */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, onCleanup } from "solid-js";
import type { AppError } from "../../core/result";
import type { FormatClient, OpenInfo } from "../../workers/format/types";

/** An opened document: its worker id, and what the worker learned (undefined while opening). */
export interface WorkerDocument {
  id: Accessor<string>;
  info: Accessor<OpenInfo | undefined>;
  error: Accessor<AppError | undefined>;
}

let counter = 0;

/** Reactive in `client`, `bytes` and `contentType`; ids are `${prefix}-N`. */
export function createWorkerDocument(
  client: Accessor<FormatClient>,
  bytes: Accessor<Uint8Array>,
  contentType: Accessor<string | undefined>,
  prefix: string,
): WorkerDocument {
  const [id, setId] = createSignal("");
  const [info, setInfo] = createSignal<OpenInfo>();
  const [error, setError] = createSignal<AppError>();
  createEffect(() => {
    const worker = client();
    const docId = `${prefix}-${++counter}`;
    let live = true;
    setId(docId);
    setInfo(undefined);
    setError(undefined);
    worker.open(docId, bytes(), contentType()).then(
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
