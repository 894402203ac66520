/**
 * A description rendered as sanitized Markdown (see sanitizeHtml.ts for the policy). This module
 * brings `marked` and DOMPurify with it, so the UI loads it lazily: DescriptionPanel through
 * `lazy()`, the documentation view with its own lazily loaded dialog. Remote images stay blocked
 * until "Load remote images" (per view, or shared when the parent passes `remoteImages` and
 * `onLoadRemoteImages`).
 */
import type { JSX } from "solid-js";
import { Show, createMemo, createSignal } from "solid-js";
import { renderMarkdown } from "./renderMarkdown";
import "../../styles/docs.css";

/** Props of {@link MarkdownView}. */
export interface MarkdownViewProps {
  source: string;
  /** Shown (muted) when the source is blank. */
  emptyText?: string;
  /** Whether remote images may load; without it the view keeps its own choice. */
  remoteImages?: boolean;
  /** Called by "Load remote images" when the parent owns `remoteImages`. */
  onLoadRemoteImages?: () => void;
}

/** Renders `source` as Markdown. */
export function MarkdownView(props: MarkdownViewProps): JSX.Element {
  const [ownRemote, setOwnRemote] = createSignal(false);
  const remote = () => props.remoteImages ?? ownRemote();
  const rendered = createMemo(() => renderMarkdown(props.source, { remoteImages: remote() }));
  const nodes = createMemo(() => [...rendered().fragment.childNodes]);
  const blocked = () => rendered().blockedImages;
  const loadRemote = () =>
    props.onLoadRemoteImages ? props.onLoadRemoteImages() : setOwnRemote(true);

  return (
    <Show
      when={props.source.trim() !== ""}
      fallback={<p class="markdown-empty">{props.emptyText ?? "No description."}</p>}
    >
      <div class="markdown-view">
        <Show when={blocked() > 0 && !remote()}>
          <p class="markdown-remote-note">
            {blocked() === 1 ? "1 remote image blocked." : `${blocked()} remote images blocked.`}{" "}
            <button type="button" class="button" onClick={loadRemote}>
              Load remote images
            </button>
          </p>
        </Show>
        <div class="markdown-body">{nodes()}</div>
      </div>
    </Show>
  );
}
