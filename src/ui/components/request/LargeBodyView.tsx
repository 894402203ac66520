/**
 * A request body too big to edit comfortably (a 100 MB import crashed the renderer in the
 * editor): shown read-only in the response viewer's virtualized line view, over the format
 * worker, with "Edit anyway" for a user who accepts the cost.
 */
import { Match, Switch } from "solid-js";
import type { RawLanguage } from "../../../core/model";
import { formatBytes } from "../../../core/http/format";
import { createFormatClientAccessor } from "../response/formatClientContext";
import { VirtualLines } from "../response/VirtualLines";
import { createTextDocument } from "./createTextDocument";

/** Bodies longer than this (in UTF-16 code units, about bytes) open read-only. */
export const LARGE_BODY_CHARS = 2 * 1024 * 1024;

/** The content type the format worker highlights a raw body's language as. */
const CONTENT_TYPES: Record<RawLanguage, string> = {
  json: "application/json",
  xml: "application/xml",
  html: "text/html",
  text: "text/plain",
  javascript: "text/plain",
};

/** Props of {@link LargeBodyView}. */
export interface LargeBodyViewProps {
  text: string;
  language: RawLanguage;
  onEdit: () => void;
}

/** Renders the note, "Edit anyway", and the body's lines once the worker has them. */
export function LargeBodyView(props: LargeBodyViewProps) {
  const client = createFormatClientAccessor(() => undefined);
  const doc = createTextDocument(
    client,
    () => props.text,
    () => CONTENT_TYPES[props.language],
  );
  return (
    <div class="large-body">
      <p class="request-note">
        This body is about {formatBytes(props.text.length)}, so it is shown read-only to keep the
        page responsive.{" "}
        <button type="button" class="button" onClick={() => props.onEdit()}>
          Edit anyway
        </button>
      </p>
      <Switch fallback={<p class="request-note">Opening the body…</p>}>
        <Match when={doc.error()}>
          {(e) => <p class="request-note">Couldn't show the body: {e().message}</p>}
        </Match>
        <Match when={doc.info()}>
          {(info) => (
            <VirtualLines
              client={client()}
              docId={doc.id()}
              mode="raw"
              lineCount={info().rawLineCount}
              matches={[]}
              current={-1}
            />
          )}
        </Match>
      </Switch>
    </div>
  );
}
