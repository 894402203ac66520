/**
 * The request's section tabs. Each tab's accessible name is its plain name (aria-label), and a
 * count (enabled params / headers) is shown beside it visually. Arrow keys move between tabs.
 */
import type { JSX } from "solid-js";
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { Dynamic } from "solid-js/web";

/** One section: its name, an optional count badge and its panel. */
export interface SectionTab {
  name: string;
  count?: () => number;
  render: () => JSX.Element;
}

/** Props of {@link SectionTabs}. */
export interface SectionTabsProps {
  label: string;
  tabs: readonly SectionTab[];
}

/** Renders the tab list and the selected panel (the first is selected initially). */
export function SectionTabs(props: SectionTabsProps): JSX.Element {
  const base = createUniqueId();
  const [selected, setSelected] = createSignal(0);
  const index = () => Math.min(selected(), Math.max(0, props.tabs.length - 1));
  const tabId = (i: number) => `${base}-tab-${i}`;
  const panelId = `${base}-panel`;
  let list!: HTMLDivElement;
  const move = (to: number) => {
    const n = props.tabs.length;
    const next = (to + n) % n;
    setSelected(next);
    list.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="section-tabs">
      <div
        ref={list}
        class="section-tablist"
        role="tablist"
        aria-label={props.label}
        onKeyDown={(e) => {
          if (e.key === "ArrowRight") move(index() + 1);
          else if (e.key === "ArrowLeft") move(index() - 1);
          else if (e.key === "Home") move(0);
          else if (e.key === "End") move(props.tabs.length - 1);
        }}
      >
        <For each={props.tabs}>
          {(tab, i) => (
            <button
              type="button"
              role="tab"
              id={tabId(i())}
              class="section-tab"
              aria-label={tab.name}
              aria-selected={index() === i()}
              aria-controls={panelId}
              tabindex={index() === i() ? 0 : -1}
              onClick={() => setSelected(i())}
            >
              <span>{tab.name}</span>
              <Show when={tab.count?.()}>
                {(n) => (
                  <span class="section-count" aria-hidden="true">
                    {n()}
                  </span>
                )}
              </Show>
            </button>
          )}
        </For>
      </div>
      <div id={panelId} class="section-panel" role="tabpanel" aria-labelledby={tabId(index())}>
        <Dynamic component={props.tabs[index()]?.render ?? (() => null)} />
      </div>
    </div>
  );
}
