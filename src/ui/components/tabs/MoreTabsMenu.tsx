/**
 * "More tabs (N)": a menu button listing every open tab (`role="menu"` named "Open tabs", one
 * `menuitemradio` per tab, the active one checked) to jump to one. Opening focuses the active
 * tab's item; Up/Down/Home/End move, Enter or Space picks, Escape or Tab closes.
 */
import { For, Show, createSignal, onCleanup, onMount } from "solid-js";
import { Portal } from "solid-js/web";
import "../../styles/tabs.css";

/** One entry of the list. */
export interface MoreTabsItem {
  id: string;
  name: string;
  method: string;
  dirty: boolean;
}

/** Props of {@link MoreTabsMenu}. */
export interface MoreTabsMenuProps {
  items: readonly MoreTabsItem[];
  activeId: string | null;
  /** A tab was picked; the list has closed and focus is the caller's to place. */
  onPick: (id: string) => void;
}

/** The open list; `onClose(true)` gives focus back to the trigger (Escape, Tab, outside click). */
function MoreTabsPopup(
  props: MoreTabsMenuProps & { anchor: HTMLElement; onClose: (refocus: boolean) => void },
) {
  let list!: HTMLDivElement;
  const position = () => {
    const rect = props.anchor.getBoundingClientRect();
    return { top: `${rect.bottom + 2}px`, right: `${Math.max(4, innerWidth - rect.right)}px` };
  };
  const items = () => [...list.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
  const focusAt = (i: number) => {
    const all = items();
    all[(i + all.length) % all.length]?.focus();
  };
  onMount(() => {
    const active = items().findIndex((el) => el.dataset.tabId === props.activeId);
    focusAt(Math.max(0, active));
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!list.contains(target) && !props.anchor.contains(target)) props.onClose(false);
    };
    document.addEventListener("pointerdown", outside);
    onCleanup(() => document.removeEventListener("pointerdown", outside));
  });
  const onKeyDown = (e: KeyboardEvent) => {
    const at = items().indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) {
      e.preventDefault();
      focusAt(moves[e.key] ?? 0);
    } else if (e.key === "Escape" || e.key === "Tab") {
      e.preventDefault();
      e.stopPropagation();
      props.onClose(true);
    }
  };
  return (
    <div
      ref={list}
      class="menu tab-more-menu"
      role="menu"
      aria-label="Open tabs"
      style={position()}
      onKeyDown={onKeyDown}
    >
      <For each={props.items}>
        {(item) => (
          <button
            type="button"
            role="menuitemradio"
            class="menu-item tab-more-item"
            aria-checked={item.id === props.activeId}
            aria-label={item.dirty ? `${item.name} (unsaved)` : item.name}
            data-tab-id={item.id}
            tabIndex={-1}
            onClick={() => {
              props.onClose(false);
              props.onPick(item.id);
            }}
          >
            <span class="tab-method" data-method={item.method.toLowerCase()}>
              {item.method}
            </span>
            <span class="tab-name">{item.name}</span>
            <Show when={item.dirty}>
              <span class="tab-dirty" aria-hidden="true" />
            </Show>
          </button>
        )}
      </For>
    </div>
  );
}

/** The "More tabs" button and its list. */
export function MoreTabsMenu(props: MoreTabsMenuProps) {
  const [open, setOpen] = createSignal(false);
  let trigger!: HTMLButtonElement;
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.focus();
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        class="icon-button tab-more"
        aria-label={`More tabs (${props.items.length})`}
        title="All open tabs"
        aria-haspopup="menu"
        aria-expanded={open()}
        onClick={() => setOpen((v) => !v)}
      >
        <span class="tab-more-count">{props.items.length}</span>
        <span aria-hidden="true">▾</span>
      </button>
      <Show when={open()}>
        <Portal>
          <MoreTabsPopup
            items={props.items}
            activeId={props.activeId}
            onPick={(id) => props.onPick(id)}
            anchor={trigger}
            onClose={close}
          />
        </Portal>
      </Show>
    </>
  );
}
