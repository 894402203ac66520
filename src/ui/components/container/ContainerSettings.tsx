/**
 * The body of the collection / folder settings dialog: one draft per opened container, edited
 * through section tabs. Pending edits are written when this is disposed (the dialog closes).
 */
import type { JSX } from "solid-js";
import { Show, createMemo, lazy } from "solid-js";
import type { Collection, Folder, Scripts } from "../../../core/model";
import { useContainerDraft, useEnvironments, useTree } from "../../host/hooks";
import { CodeEditor } from "../../editor/CodeEditor";
import type { TabItem } from "../common/Tabs";
import { Tabs } from "../common/Tabs";
import { VariablesTable } from "../env/VariablesTable";
import { ContainerOverview } from "./ContainerOverview";
import { ContainerTimeouts } from "./ContainerTimeouts";
import type { ContainerRow, ContainerTarget } from "./createContainerDraft";
import { createContainerLookup } from "./createContainerLookup";

/** The Auth tab's editor loads when the tab first opens. */
const AuthPanel = lazy(() =>
  import("../request/AuthPanel").then((m) => ({ default: m.AuthPanel })),
);

/** Props of {@link ContainerSettings}. */
export interface ContainerSettingsProps {
  target: ContainerTarget;
}

const isCollection = (row: ContainerRow): row is Collection => !("collectionId" in row);

/** Renders the tabs for the target once its row is loaded. */
export function ContainerSettings(props: ContainerSettingsProps): JSX.Element {
  const tree = useTree();
  const environments = useEnvironments();
  const createDraft = useContainerDraft();
  // One dialog body per target (the parent keys it), so the target is read once.
  // eslint-disable-next-line solid/reactivity
  const target = props.target;
  const draft = createDraft(target);
  const label = target.kind === "collection" ? "Collection" : "Folder";
  const collectionVariables = createMemo(() => {
    const row = draft.row();
    if (!row) return [];
    if (isCollection(row)) return row.variables;
    return tree.collections().find((c) => c.id === row.collectionId)?.variables ?? [];
  });
  const vars = createContainerLookup({
    collectionVariables,
    environment: environments.active,
    globals: environments.globals,
  });

  const script = (
    row: () => ContainerRow,
    key: keyof Omit<Scripts, "extra" | "more">,
    name: string,
  ) => (
    <CodeEditor
      label={`${label} ${name}`}
      value={row().scripts[key]}
      onChange={(text) => draft.edit({ scripts: { ...row().scripts, [key]: text } })}
      language="javascript"
      lookup={vars.lookup()}
    />
  );
  const tabs = (row: () => ContainerRow): TabItem[] => {
    const collection = () => row() as Collection;
    const list: (TabItem | false)[] = [
      {
        name: "Overview",
        render: () => (
          <ContainerOverview
            description={row().description}
            onDescription={(description) => draft.edit({ description })}
            collectionId={target.kind === "collection" ? target.id : undefined}
          />
        ),
      },
      target.kind === "collection" && {
        name: "Variables",
        count: () => collection().variables.length,
        render: () => (
          <VariablesTable
            label={`Variables of ${row().name}`}
            variables={collection().variables}
            onSave={(variables) => draft.saveVariables(variables)}
          />
        ),
      },
      {
        name: "Auth",
        render: () => (
          <AuthPanel
            auth={row().auth}
            onChange={(auth) => draft.edit({ auth })}
            allowInherit={target.kind === "folder"}
            collectionId={target.kind === "folder" ? (row() as Folder).collectionId : row().id}
            owner="container"
            lookup={vars.lookup()}
            variableNames={vars.names}
          />
        ),
      },
      { name: "Pre-request", render: () => script(row, "prerequest", "pre-request script") },
      { name: "Tests", render: () => script(row, "test", "test script") },
      target.kind === "collection" && {
        name: "Settings",
        render: () => (
          <ContainerTimeouts
            settings={collection().settings}
            onChange={(settings) => draft.edit({ settings })}
          />
        ),
      },
    ];
    return list.filter((t): t is TabItem => t !== false);
  };

  return (
    <div class="container-settings">
      <Show
        when={draft.row()}
        fallback={
          <p class="request-note" role="status">
            {draft.missing() ? `This ${target.kind} no longer exists.` : "Loading…"}
          </p>
        }
      >
        {(row) => <Tabs label={`${label} settings sections`} tabs={tabs(row)} />}
      </Show>
    </div>
  );
}
