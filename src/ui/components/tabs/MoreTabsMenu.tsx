/**
 * "More tabs (N)": a menu button listing every open tab (`role="menu"` named "Open tabs", one
 * `menuitemradio` per tab, the active one checked) to jump to one. Opening focuses the active
 * tab's item; Up/Down/Home/End move, Enter or Space picks, Escape or Tab closes.
 */
import { For, Show, createSignal } from "solid-js";
import { Portal } from "solid-js/web";
import { createMenuKeys } from "../../primitives/createMenuKeys";
import { requestLabel } from "../common/requestLabel";
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
  const onKeyDown = createMenuKeys({
    list: () => list,
    anchor: () => props.anchor,
    items,
    onClose: (refocus) => props.onClose(refocus),
    first: () =>
      Math.max(
        0,
        items().findIndex((el) => el.dataset.tabId === props.activeId),
      ),
  });
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
            aria-label={requestLabel(item.method, item.name, item.dirty)}
            data-tab-id={item.id}
            tabIndex={-1}
            onClick={() => {
              props.onClose(false);
              props.onPick(item.id);
            }}
          >
            <span class="tab-method" data-method={item.method.toLowerCase()}>
              {item.method}
            </span>{" "}
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
