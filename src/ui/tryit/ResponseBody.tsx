/**
 * A response body shown by its kind: JSON pretty and foldable (./JsonView.tsx), HTML in a frame
 * sandboxed without scripts or same-origin (and a CSP that lets it fetch nothing), images from a
 * blob URL, other text as text, and
 * anything else as a download.
 */
import { createMemo, Match, onCleanup, Switch } from "solid-js";
import type { ContentKind } from "../../core/http/format";
import { contentKind, formatBytes } from "../../core/http/format";
import type { HttpResponse } from "../../core/http/transport";
import { JsonView } from "./JsonView";

/** Bodies larger than this are shown as plain text (no folding tree). */
const TREE_LIMIT = 256 * 1024;
/** Text longer than this is cut. */
const TEXT_LIMIT = 1024 * 1024;

/** Put before previewed HTML: no script, and no request to anywhere (inline styles and data: images only). */
const NO_REMOTE =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";

/** Props of {@link ResponseBody}. */
export interface ResponseBodyProps {
  response: HttpResponse;
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The body of `response`. */
export function ResponseBody(props: ResponseBodyProps) {
  const kind = createMemo<ContentKind>(() => contentKind(props.response.headers));
  const type = () =>
    props.response.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  const text = createMemo(() =>
    kind() === "image" || kind() === "binary" || kind() === "pdf"
      ? ""
      : decode(props.response.body),
  );
  const json = createMemo(() =>
    kind() === "json" && props.response.body.byteLength <= TREE_LIMIT
      ? parseJson(text())
      : undefined,
  );
  const blobUrl = createMemo(() => {
    if (kind() !== "image" && kind() !== "binary" && kind() !== "pdf") return "";
    const url = URL.createObjectURL(new Blob([props.response.body.slice()], { type: type() }));
    onCleanup(() => URL.revokeObjectURL(url));
    return url;
  });
  const shown = () =>
    text().length > TEXT_LIMIT ? `${text().slice(0, TEXT_LIMIT)}\n… (cut)` : text();
  const pretty = () => {
    const parsed = kind() === "json" ? parseJson(text()) : undefined;
    return parsed ? JSON.stringify(parsed.value, null, 2) : shown();
  };
  return (
    <Switch fallback={<pre>{shown()}</pre>}>
      <Match when={props.response.body.byteLength === 0}>
        <p class="hint">No body.</p>
      </Match>
      <Match when={json()}>{(parsed) => <JsonView value={parsed().value} />}</Match>
      <Match when={kind() === "json"}>
        <pre>{pretty()}</pre>
      </Match>
      <Match when={kind() === "html"}>
        <iframe sandbox="" title="HTML response preview" srcdoc={NO_REMOTE + shown()} />
      </Match>
      <Match when={kind() === "image"}>
        <img src={blobUrl()} alt={`Response image (${type()})`} />
      </Match>
      <Match when={kind() === "binary" || kind() === "pdf"}>
        <p>
          {formatBytes(props.response.body.byteLength)} of {type() || "binary data"}.{" "}
          <a href={blobUrl()} download="response">
            Download
          </a>
        </p>
      </Match>
    </Switch>
  );
}
