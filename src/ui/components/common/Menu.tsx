/**
 * A menu button: the trigger toggles a `role="menu"` popup (in a portal, positioned next to the
 * trigger so scrolling containers cannot clip it). Arrow keys move, Enter picks, Escape closes.
 */
import type { JSX } from "solid-js";
import { For, Show, createSignal } from "solid-js";
import { Portal } from "solid-js/web";
import { createMenuKeys } from "../../primitives/createMenuKeys";
import "../../styles/common.css";

/** One entry of a menu. */
export interface MenuItem {
  label: string;
  run: () => void;
}

/** Props of {@link Menu}. */
export interface MenuProps {
  /** Accessible name of the trigger button. */
  label: string;
  items: MenuItem[];
  /** Visible trigger content (defaults to "⋯"). */
  children?: JSX.Element;
  triggerClass?: string;
  /** Keeps the trigger out of the tab order (e.g. inside a roving-focus tree row). */
  triggerTabIndex?: number;
}

function MenuPopup(props: {
  items: MenuItem[];
  anchor: HTMLElement;
  onClose: (refocus: boolean) => void;
}) {
  let list!: HTMLDivElement;
  const position = () => {
    const rect = props.anchor.getBoundingClientRect();
    return { top: `${rect.bottom + 2}px`, left: `${Math.max(4, rect.right - 180)}px` };
  };
  const onKeyDown = createMenuKeys({
    list: () => list,
    anchor: () => props.anchor,
    items: () => [...list.querySelectorAll<HTMLElement>('[role="menuitem"]')],
    onClose: (refocus) => props.onClose(refocus),
  });
  return (
    <div ref={list} class="menu" role="menu" style={position()} onKeyDown={onKeyDown}>
      <For each={props.items}>
        {(item) => (
          <button
            type="button"
            role="menuitem"
            class="menu-item"
            tabIndex={-1}
            onClick={() => {
              props.onClose(true);
              item.run();
            }}
          >
            {item.label}
          </button>
        )}
      </For>
    </div>
  );
}

/** A button that opens a menu of actions. */
export function Menu(props: MenuProps) {
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
        class={props.triggerClass ?? "icon-button"}
        aria-label={props.label}
        aria-haspopup="menu"
        aria-expanded={open()}
        tabIndex={props.triggerTabIndex}
        onClick={(e) => {
          e.stopPropagation();
          setOpen((v) => !v);
        }}
        onKeyDown={(e) => e.stopPropagation()}
      >
        {props.children ?? "⋯"}
      </button>
      <Show when={open()}>
        <Portal>
          <MenuPopup items={props.items} anchor={trigger} onClose={close} />
        </Portal>
      </Show>
    </>
  );
}
