/**
 * The Overview tab of the collection / folder settings: the description (Markdown, with an
 * Edit / Preview toggle) and, for collections, "View documentation", which opens the
 * collection's documentation dialog over the settings.
 */
import type { JSX } from "solid-js";
import { Show, createSignal, lazy } from "solid-js";
import type { Id } from "../../../core/model";
import { DescriptionPanel } from "../docs/DescriptionPanel";

/** The documentation dialog loads when first opened (it is not part of the settings chunk). */
const DocsDialog = lazy(() =>
  import("../docs/DocsDialog").then((m) => ({ default: m.DocsDialog })),
);

/** Props of {@link ContainerOverview}. */
export interface ContainerOverviewProps {
  description: string;
  onDescription: (text: string) => void;
  /** The collection whose documentation "View documentation" opens; absent for folders. */
  collectionId?: Id;
}

/** Renders the description and the documentation button. */
export function ContainerOverview(props: ContainerOverviewProps): JSX.Element {
  const [docsOpen, setDocsOpen] = createSignal(false);
  return (
    <div class="request-section container-overview">
      <Show when={props.collectionId}>
        {(id) => (
          <>
            <div class="container-overview-actions">
              <button type="button" class="button" onClick={() => setDocsOpen(true)}>
                View documentation
              </button>
            </div>
            <Show when={docsOpen()}>
              <DocsDialog collectionId={id()} onClose={() => setDocsOpen(false)} />
            </Show>
          </>
        )}
      </Show>
      <DescriptionPanel value={props.description} onChange={(text) => props.onDescription(text)} />
    </div>
  );
}
