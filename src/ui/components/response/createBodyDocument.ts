/**
 * Opens a response body in the format worker for as long as the owner lives, and closes it when
 * the response changes or the owner is disposed.
 */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, onCleanup } from "solid-js";
import type { HttpResponse } from "../../../core/http/transport";
import type { AppError } from "../../../core/result";
import type { FormatClient, OpenInfo } from "../../../workers/format/types";
import { headerValue } from "./units";

/** An opened body: its worker id, and what the worker learned (undefined while opening). */
export interface BodyDocument {
  id: Accessor<string>;
  info: Accessor<OpenInfo | undefined>;
  error: Accessor<AppError | undefined>;
  contentType: Accessor<string | undefined>;
}

let counter = 0;

/** Reactive: re-opens whenever `response()` changes. */
export function createBodyDocument(
  client: Accessor<FormatClient>,
  response: Accessor<HttpResponse>,
): BodyDocument {
  const [id, setId] = createSignal("");
  const [info, setInfo] = createSignal<OpenInfo>();
  const [error, setError] = createSignal<AppError>();
  const contentType = () => headerValue(response().headers, "content-type");
  createEffect(() => {
    const res = response();
    const worker = client();
    const docId = `body-${++counter}`;
    let live = true;
    setId(docId);
    setInfo(undefined);
    setError(undefined);
    worker.open(docId, res.body, contentType()).then(
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
  return { id, info, error, contentType };
}
