/**
 * Opens a piece of text (a big request body) in the format worker for as long as the owner
 * lives, so a read-only virtualized view can show it. Re-opens when the text changes.
 */
import type { Accessor } from "solid-js";
import type { FormatClient } from "../../../workers/format/types";
import { createWorkerDocument, type WorkerDocument } from "../../primitives/createWorkerDocument";

/** An opened text: its worker id, and what the worker learned (undefined while opening). */
export type TextDocument = WorkerDocument;

/** Reactive in `client`, `text` and `contentType`. */
export function createTextDocument(
  client: Accessor<FormatClient>,
  text: Accessor<string>,
  contentType: Accessor<string>,
): TextDocument {
  // One encode on this thread (~0.1 s at 100 MB); the client then sends it in slices.
  return createWorkerDocument(client, () => new TextEncoder().encode(text()), contentType, "text");
}
