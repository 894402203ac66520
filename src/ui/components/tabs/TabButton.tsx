/**
 * One request tab and its close button. The tab's name is "METHOD name", ending in " (unsaved)"
 * when dirty. A middle click anywhere on it closes it through the same path as the close button
 * (a dirty tab asks).
 */
import { Show } from "solid-js";
import { requestLabel } from "../common/requestLabel";
import "../../styles/tabs.css";

/** Props of {@link TabButton}. */
export interface TabButtonProps {
  id: string;
  name: string;
  method: string;
  dirty: boolean;
  selected: boolean;
  /** id of the panel the tab controls. */
  panelId: string;
  onSelect: () => void;
  onClose: () => void;
}

/** DOM id of a tab's element, so the panel can point back at it. */
export const tabDomId = (id: string) => `request-tab-${id}`;

/** A tab plus its close button (for the pointer; Delete closes the focused tab). */
export function TabButton(props: TabButtonProps) {
  return (
    <div
      role="presentation"
      class="tab"
      classList={{ "tab-selected": props.selected }}
      // No autoscroll cursor on a middle press; the click that follows closes the tab.
      onMouseDown={(e) => e.button === 1 && e.preventDefault()}
      onAuxClick={(e) => {
        if (e.button !== 1) return;
        e.preventDefault();
        props.onClose();
      }}
    >
      <button
        type="button"
        role="tab"
        id={tabDomId(props.id)}
        class="tab-label"
        aria-selected={props.selected}
        aria-controls={props.panelId}
        aria-label={requestLabel(props.method, props.name, props.dirty)}
        aria-keyshortcuts="Delete"
        tabIndex={props.selected ? 0 : -1}
        data-tab-id={props.id}
        onClick={() => props.onSelect()}
      >
        <span class="tab-method" data-method={props.method.toLowerCase()}>
          {props.method}
        </span>{" "}
        <span class="tab-name">{props.name}</span>
        <Show when={props.dirty}>
          <span class="tab-dirty" aria-hidden="true" title="Unsaved changes" />
        </Show>
      </button>
      {/* Pointer only: a tablist may own nothing but tabs, so keyboard and screen reader users
          close the focused tab with Delete (announced through aria-keyshortcuts) or Alt+W. */}
      <button
        type="button"
        class="icon-button tab-close"
        aria-hidden="true"
        title={`Close ${props.name} (Delete)`}
        tabIndex={-1}
        onClick={() => props.onClose()}
      >
        ×
      </button>
    </div>
  );
}
