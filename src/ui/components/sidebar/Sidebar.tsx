/**
 * The left sidebar: "New collection", the "Filter requests" box, the collections tree and the
 * collection / folder settings dialog and the collection runner it opens.
 */
import { Show, createSignal, lazy } from "solid-js";
import type { Id } from "../../../core/model";
import { useCollectionExport, useTabs, useTree } from "../../host/hooks";
import type { ContainerTarget } from "../container/createContainerDraft";
import type { ExportBuilder } from "../export/exportDocuments";
import { COLLECTION_FORMATS } from "../export/formats";
import { ImportButton } from "../import/ImportButton";
import type { RunTarget } from "../runner/createRunnerForm";
import { CollectionTree } from "./CollectionTree";
import "../../styles/sidebar.css";

// The dialogs load when first opened, keeping them out of the app shell.
const ContainerSettingsDialog = lazy(() =>
  import("../container/ContainerSettingsDialog").then((m) => ({
    default: m.ContainerSettingsDialog,
  })),
);
const RunnerDialog = lazy(() =>
  import("../runner/RunnerDialog").then((m) => ({ default: m.RunnerDialog })),
);
const DocsDialog = lazy(() =>
  import("../docs/DocsDialog").then((m) => ({ default: m.DocsDialog })),
);
const ExportDialog = lazy(() =>
  import("../export/ExportDialog").then((m) => ({ default: m.ExportDialog })),
);

/** The sidebar's content; the shell decides whether it is a column or a drawer. */
export function Sidebar() {
  const tree = useTree();
  const tabs = useTabs();
  const exportCollection = useCollectionExport();
  const [filter, setFilter] = createSignal("");
  const [settingsFor, setSettingsFor] = createSignal<ContainerTarget | null>(null);
  const [runFor, setRunFor] = createSignal<RunTarget | null>(null);
  const [exportFor, setExportFor] = createSignal<ExportBuilder | null>(null);
  const [created, setCreated] = createSignal<Id | null>(null);
  const [docsFor, setDocsFor] = createSignal<Id | null>(null);
  return (
    <div class="sidebar-content">
      <div class="sidebar-toolbar">
        <h2 class="sidebar-title">Collections</h2>
        <button
          type="button"
          class="button"
          onClick={() => void tree.commands.newCollection().then((id) => setCreated(id ?? null))}
        >
          New collection
        </button>
        <ImportButton />
      </div>
      <input
        class="sidebar-filter"
        type="text"
        aria-label="Filter requests"
        placeholder="Filter requests"
        value={filter()}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <CollectionTree
        nodes={tree.nodes()}
        filter={filter()}
        commands={tree.commands}
        onOpen={(id) => void tabs.open(id)}
        activeId={tabs.state.activeId}
        renameId={created()}
        onSettings={(node) =>
          node.kind !== "request" && setSettingsFor({ kind: node.kind, id: node.id })
        }
        onRun={(node) => node.kind !== "request" && setRunFor({ kind: node.kind, id: node.id })}
        onExport={(node) => setExportFor(() => (options) => exportCollection(node.id, options))}
        onDocs={(node) => setDocsFor(node.id)}
      />
      <Show when={docsFor()}>
        {(id) => <DocsDialog collectionId={id()} onClose={() => setDocsFor(null)} />}
      </Show>
      <Show when={settingsFor()}>
        {(target) => (
          <ContainerSettingsDialog target={target()} onClose={() => setSettingsFor(null)} />
        )}
      </Show>
      <Show when={runFor()}>
        {(target) => <RunnerDialog target={target()} onClose={() => setRunFor(null)} />}
      </Show>
      <Show when={exportFor()}>
        {(build) => (
          <ExportDialog
            kind="collection"
            formats={COLLECTION_FORMATS}
            build={build()}
            onClose={() => setExportFor(null)}
          />
        )}
      </Show>
    </div>
  );
}
