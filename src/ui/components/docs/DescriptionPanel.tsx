/**
 * A description field with an Edit / Preview toggle: a labelled textarea, or the text rendered
 * as sanitized Markdown. Opens in Preview when there is something to read, else in Edit. The
 * Markdown renderer (marked, DOMPurify) loads the first time a preview shows.
 */
import type { JSX } from "solid-js";
import { Show, createSignal, createUniqueId, lazy } from "solid-js";
import "../../styles/description.css";

/** The renderer loads with the first preview; if it cannot, the text shows as it is. */
const MarkdownView = lazy(() =>
  import("./MarkdownView")
    .catch(() => ({
      MarkdownView: (props: { source: string }) => <p class="description-plain">{props.source}</p>,
    }))
    .then((m) => ({ default: m.MarkdownView })),
);

/** Props of {@link DescriptionPanel}. */
export interface DescriptionPanelProps {
  value: string;
  onChange: (value: string) => void;
  /** The field's label (default "Description"); also names the toggle buttons. */
  label?: string;
  rows?: number;
}

/** Renders the toggle and the field or its preview. */
export function DescriptionPanel(props: DescriptionPanelProps): JSX.Element {
  // Where it opens depends on the text it opens with, not on later edits.
  // eslint-disable-next-line solid/reactivity
  const [preview, setPreview] = createSignal(props.value.trim() !== "");
  const label = () => props.label ?? "Description";
  const fieldId = createUniqueId();
  return (
    <div class="description-panel">
      <div class="description-header">
        <label class="description-label" for={fieldId} id={`${fieldId}-label`}>
          {label()}
        </label>
        <div class="description-toggle" role="group" aria-label={`${label()} view`}>
          <button
            type="button"
            class="button"
            aria-pressed={!preview()}
            aria-label={`Edit ${label().toLowerCase()}`}
            onClick={() => setPreview(false)}
          >
            Edit
          </button>
          <button
            type="button"
            class="button"
            aria-pressed={preview()}
            aria-label={`Preview ${label().toLowerCase()}`}
            onClick={() => setPreview(true)}
          >
            Preview
          </button>
        </div>
      </div>
      <Show
        when={preview()}
        fallback={
          <textarea
            id={fieldId}
            rows={props.rows ?? 8}
            value={props.value}
            placeholder="Markdown: # headings, **bold**, lists, [links](https://…), tables"
            onInput={(e) => props.onChange(e.currentTarget.value)}
          />
        }
      >
        <div class="description-preview" role="region" aria-labelledby={`${fieldId}-label`}>
          <MarkdownView source={props.value} />
        </div>
      </Show>
    </div>
  );
}
