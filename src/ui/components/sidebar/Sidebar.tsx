/** The left sidebar: "New collection", the "Filter requests" box and the collections tree. */
import { createSignal } from "solid-js";
import { useApp } from "../../app/AppContext";
import { CollectionTree } from "./CollectionTree";
import "../../styles/sidebar.css";

/** The sidebar's content; the shell decides whether it is a column or a drawer. */
export function Sidebar() {
  const app = useApp();
  const [filter, setFilter] = createSignal("");
  return (
    <div class="sidebar-content">
      <div class="sidebar-toolbar">
        <h2 class="sidebar-title">Collections</h2>
        <button type="button" class="button" onClick={() => void app.treeCommands.newCollection()}>
          New collection
        </button>
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
        nodes={app.nodes()}
        filter={filter()}
        commands={app.treeCommands}
        onOpen={(id) => void app.tabs.open(id)}
      />
    </div>
  );
}
