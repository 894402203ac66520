/**
 * Accessible tabs: a named tablist with roving focus (arrow keys, Home, End) and one tabpanel
 * showing the selected tab. Each tab's accessible name is its plain name (aria-label); an optional
 * count is shown beside it visually only.
 */
import type { JSX } from "solid-js";
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { Dynamic } from "solid-js/web";

/** One tab: its name (also its accessible name), an optional count badge and its panel. */
export interface TabItem {
  name: string;
  count?: () => number;
  /** A state the tab's look carries (e.g. "pass", "fail"), as `data-tone`; its name says it too. */
  tone?: string;
  render: () => JSX.Element;
}

/** Class names per look: request / container sections, or the response viewer. */
const CLASSES = {
  section: {
    root: "section-tabs",
    list: "section-tablist",
    tab: "section-tab",
    panel: "section-panel",
  },
  response: {
    root: "response-tabs",
    list: "response-tablist",
    tab: "response-tab",
    panel: "response-tabpanel",
  },
} as const;

/** Props of {@link Tabs}. */
export interface TabsProps {
  /** The tablist's accessible name. */
  label: string;
  tabs: readonly TabItem[];
  /** Which stylesheet classes to use; default "section". */
  variant?: keyof typeof CLASSES;
  /** The selected tab's name, when the caller keeps it (e.g. one per request tab). */
  selected?: string;
  /** A tab was picked (click or arrow keys); the caller keeping `selected` stores it. */
  onSelect?: (name: string) => void;
}

/** Renders the tab list and the selected panel (`selected`, else the first initially). */
export function Tabs(props: TabsProps): JSX.Element {
  const base = createUniqueId();
  const [own, setOwn] = createSignal(0);
  const selected = () => {
    if (props.selected === undefined) return own();
    const at = props.tabs.findIndex((t) => t.name === props.selected);
    return Math.max(0, at);
  };
  const setSelected = (i: number) => {
    setOwn(i);
    const name = props.tabs[i]?.name;
    if (name !== undefined) props.onSelect?.(name);
  };
  const classes = () => CLASSES[props.variant ?? "section"];
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
    <div class={classes().root}>
      <div
        ref={list}
        class={classes().list}
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
              class={classes().tab}
              aria-label={tab.name}
              data-tone={tab.tone}
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
      <div id={panelId} class={classes().panel} role="tabpanel" aria-labelledby={tabId(index())}>
        <Dynamic component={props.tabs[index()]?.render ?? (() => null)} />
      </div>
    </div>
  );
}
