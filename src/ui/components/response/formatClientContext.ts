/**
 * Which format client the response viewer talks to: a prop wins, then a provider (tests and
 * embedders inject a fake here), then the app-wide worker started on first use.
 */
import { createContext, useContext } from "solid-js";
import type { FormatClient } from "../../../workers/format/types";
import { sharedFormatClient } from "../../workerClients/formatClient";

/** Provide a FormatClient to every ResponseViewer below. */
export const FormatClientContext = createContext<FormatClient>();

/**
 * Call during component setup (it reads the context). Returns an accessor so the shared worker
 * starts only when a body actually needs formatting.
 */
export function createFormatClientAccessor(
  explicit: () => FormatClient | undefined,
): () => FormatClient {
  const provided = useContext(FormatClientContext);
  return () => explicit() ?? provided ?? sharedFormatClient();
}
