/** A tab list with one visible panel; arrow keys move between tabs (roving focus). */
import type { JSX } from "solid-js";
import { For, createSignal, createUniqueId } from "solid-js";
import { Dynamic } from "solid-js/web";

/** One tab: its name (also its accessible name) and its panel. */
export interface ResponseTab {
  name: string;
  render: () => JSX.Element;
}

/** Props of {@link ResponseTabs}. */
export interface ResponseTabsProps {
  label: string;
  tabs: readonly ResponseTab[];
}

/** Renders the tabs; the first is selected initially. */
export function ResponseTabs(props: ResponseTabsProps) {
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
    <div class="response-tabs">
      <div
        ref={list}
        class="response-tablist"
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
              class="response-tab"
              aria-selected={index() === i()}
              aria-controls={panelId}
              tabindex={index() === i() ? 0 : -1}
              onClick={() => setSelected(i())}
            >
              {tab.name}
            </button>
          )}
        </For>
      </div>
      <div id={panelId} class="response-tabpanel" role="tabpanel" aria-labelledby={tabId(index())}>
        <Dynamic component={props.tabs[index()]?.render ?? (() => null)} />
      </div>
    </div>
  );
}
