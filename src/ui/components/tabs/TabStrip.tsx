/**
 * The request tab strip (`role="tablist"` named "Open requests") with the "New request tab"
 * button. Left/Right/Home/End move between tabs; Delete or a middle click closes one. The active
 * tab is always scrolled into view; when the tabs overflow, "More tabs (N)" lists them all.
 */
import { For, Show, createEffect } from "solid-js";
import { useTabs } from "../../host/hooks";
import { createOverflow } from "./createOverflow";
import { MoreTabsMenu } from "./MoreTabsMenu";
import { revealInScroller } from "./revealTab";
import { TabButton } from "./TabButton";
import "../../styles/tabs.css";

/** Props of {@link TabStrip}. */
export interface TabStripProps {
  /** id of the element showing the active tab's content. */
  panelId: string;
}

/** Renders the open tabs of the app's tab store. */
export function TabStrip(props: TabStripProps) {
  const tabStore = useTabs();
  let list!: HTMLDivElement;
  const tabElement = (id: string) =>
    [...list.querySelectorAll<HTMLElement>("[data-tab-id]")].find((el) => el.dataset.tabId === id);
  const overflows = createOverflow(
    () => list,
    () => tabStore.tabs().map((t) => t.draft.name),
  );
  // On open, switch and restore alike: after the strip has rendered, show the active tab.
  createEffect(() => {
    const id = tabStore.state.activeId;
    void tabStore.tabs().length;
    void overflows();
    const el = id ? tabElement(id)?.parentElement : undefined;
    if (el) revealInScroller(list, el);
  });
  const focusTab = (index: number) => {
    const tabs = tabStore.tabs();
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    tabStore.activate(tab.id);
    tabElement(tab.id)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const id = (e.target as HTMLElement).dataset.tabId;
    const index = tabStore.tabs().findIndex((t) => t.id === id);
    if (index < 0) return;
    const moves: Record<string, number> = {
      ArrowLeft: index - 1,
      ArrowRight: index + 1,
      Home: 0,
      End: tabStore.tabs().length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusTab(moves[e.key] ?? 0);
    } else if (e.key === "Delete" && id) {
      e.preventDefault();
      tabStore.requestClose(id);
    }
  };
  return (
    <div class="tab-strip">
      <div
        ref={list}
        class="tab-list"
        role="tablist"
        aria-label="Open requests"
        onKeyDown={onKeyDown}
      >
        <For each={tabStore.tabs()}>
          {(tab) => (
            <TabButton
              id={tab.id}
              name={tab.draft.name}
              method={tab.draft.method}
              dirty={tabStore.isDirty(tab)}
              selected={tabStore.state.activeId === tab.id}
              panelId={props.panelId}
              onSelect={() => tabStore.activate(tab.id)}
              onClose={() => tabStore.requestClose(tab.id)}
            />
          )}
        </For>
      </div>
      <Show when={overflows()}>
        <MoreTabsMenu
          items={tabStore.tabs().map((t) => ({
            id: t.id,
            name: t.draft.name,
            method: t.draft.method,
            dirty: tabStore.isDirty(t),
          }))}
          activeId={tabStore.state.activeId}
          onPick={(id) => {
            tabStore.activate(id);
            tabElement(id)?.focus();
          }}
        />
      </Show>
      <button
        type="button"
        class="icon-button tab-new"
        aria-label="New request tab"
        title="New request"
        onClick={() => tabStore.openNew()}
      >
        +
      </button>
    </div>
  );
}
