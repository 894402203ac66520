/**
 * Opens a response body in the format worker for as long as the owner lives, and closes it when
 * the response changes or the owner is disposed.
 */
import type { Accessor } from "solid-js";
import type { HttpResponse } from "../../../core/http/transport";
import type { FormatClient } from "../../../workers/format/types";
import { createWorkerDocument, type WorkerDocument } from "../../primitives/createWorkerDocument";
import { headerValue } from "./units";

/** An opened body, with the content type its response declared. */
export interface BodyDocument extends WorkerDocument {
  contentType: Accessor<string | undefined>;
}

/** Reactive: re-opens whenever `response()` changes. */
export function createBodyDocument(
  client: Accessor<FormatClient>,
  response: Accessor<HttpResponse>,
): BodyDocument {
  const contentType = () => headerValue(response().headers, "content-type");
  const doc = createWorkerDocument(client, () => response().body, contentType, "body");
  return { ...doc, contentType };
}
