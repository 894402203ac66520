/**
 * Saving an "Untitled request" the first time asks for its name and its place: a collection and
 * a folder in it (or its top level). Defaults: the request's current name, the first collection
 * (or the one the draft already names), the top level.
 */
import { For, Show, createMemo, createSignal } from "solid-js";
import type { Id } from "../../../core/model";
import type { TreeNode } from "../../../core/tree";
import { useTabs, useTree } from "../../host/hooks";
import { Dialog } from "../common/Dialog";

/** One place a request can go: a collection's top level (id "") or a folder, by its path. */
export interface FolderChoice {
  id: Id | "";
  label: string;
}

/** The collection's top level, then its folders depth-first in tree order ("Users / Admin"). */
export function folderChoices(nodes: readonly TreeNode[], collectionId: Id): FolderChoice[] {
  const folders = nodes.filter((n) => n.kind === "folder" && n.collectionId === collectionId);
  const byParent = new Map<Id | null, TreeNode[]>();
  for (const f of folders) byParent.set(f.parentId, [...(byParent.get(f.parentId) ?? []), f]);
  const out: FolderChoice[] = [{ id: "", label: "Top level of the collection" }];
  const walk = (parent: Id | null, path: string[]) => {
    const children = [...(byParent.get(parent) ?? [])].sort((a, b) => a.sort - b.sort);
    for (const f of children) {
      out.push({ id: f.id, label: [...path, f.name].join(" / ") });
      walk(f.id, [...path, f.name]);
    }
  };
  walk(null, []);
  return out;
}

/** The name, collection and folder fields, then Save / Cancel. */
function SaveForm(props: { id: Id }) {
  const tree = useTree();
  const tabs = useTabs();
  const draft = () => tabs.tabs().find((t) => t.id === props.id)?.draft;
  const collections = () => tree.nodes().filter((n) => n.kind === "collection");
  const [name, setName] = createSignal(draft()?.name ?? "");
  const [collection, setCollection] = createSignal<Id>(draft()?.collectionId ?? "");
  const [folder, setFolder] = createSignal<Id | "">("");
  const collectionId = () =>
    collections().some((c) => c.id === collection()) ? collection() : (collections()[0]?.id ?? "");
  const folders = createMemo(() => folderChoices(tree.nodes(), collectionId()));
  const folderId = () => (folders().some((f) => f.id === folder()) ? folder() : "");
  const save = () => {
    const request = draft();
    const target = collectionId();
    if (!request || !target || !name().trim()) return;
    // The draft carries its place; the first save keeps the folder when the collection matches.
    tabs.setDraft(props.id, {
      ...request,
      name: name().trim(),
      collectionId: target,
      parentId: folderId() || null,
    });
    void tabs.save(props.id, target);
  };
  return (
    <form
      class="dialog-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label class="field">
        <span>Name</span>
        <input
          type="text"
          data-autofocus
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <Show
        when={collections().length > 0}
        fallback={<p class="dialog-message">Create a collection first, then save into it.</p>}
      >
        <label class="field">
          <span>Collection</span>
          <select
            value={collectionId()}
            onChange={(e) => {
              setCollection(e.currentTarget.value);
              setFolder("");
            }}
          >
            <For each={collections()}>{(c) => <option value={c.id}>{c.name}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span>Folder</span>
          <select value={folderId()} onChange={(e) => setFolder(e.currentTarget.value)}>
            <For each={folders()}>{(f) => <option value={f.id}>{f.label}</option>}</For>
          </select>
        </label>
      </Show>
      <div class="dialog-actions">
        <button
          type="submit"
          class="button button-primary"
          disabled={!collectionId() || !name().trim()}
        >
          Save
        </button>
        <button type="button" class="button" onClick={() => tabs.cancelPendingSave()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Shown while the tab store has a pending save of a never-stored tab. */
export function SaveToCollectionDialog() {
  const tabs = useTabs();
  return (
    <Dialog
      open={tabs.state.pendingSave !== null}
      title="Save request"
      onClose={() => tabs.cancelPendingSave()}
    >
      <Show when={tabs.state.pendingSave} keyed>
        {(id) => <SaveForm id={id} />}
      </Show>
    </Dialog>
  );
}
