/**
 * The command palette: a dialog holding a combobox (the search box) and the listbox of results,
 * after the WAI-ARIA combobox pattern. Finds commands, environments, collections, folders and
 * requests by fuzzy name; recent choices come first. Arrow keys move, Enter chooses, Escape
 * closes, and focus goes back where it was. Loaded on first open (see PaletteHost).
 */
import { For, Show, createEffect, createMemo, createUniqueId } from "solid-js";
import { appRegistry } from "../../commands/appCommands";
import type { CommandContext } from "../../commands/commandContext";
import { isApplePlatform } from "../../commands/registry";
import { openShellDialog } from "../../commands/shellDialogs";
import { Dialog } from "../common/Dialog";
import { createPaletteState } from "./createPaletteState";
import type { PaletteItem, PaletteKind } from "./paletteItems";
import { commandItems, nodeItems } from "./paletteItems";
import { makeRecents } from "./recents";
import "../../styles/palette.css";

/** Props of {@link CommandPalette}. */
export interface CommandPaletteProps {
  ctx: CommandContext;
  onClose: () => void;
}

const KIND_LABELS: Record<PaletteKind, string> = {
  command: "Command",
  environment: "Environment",
  collection: "Collection",
  folder: "Folder",
  request: "Request",
};

/** Renders the open palette. */
export function CommandPalette(props: CommandPaletteProps) {
  const listId = createUniqueId();
  const apple = isApplePlatform();
  const recents = makeRecents(typeof localStorage === "undefined" ? null : localStorage);
  const items = createMemo(() => [
    ...commandItems(appRegistry.all(props.ctx), props.ctx, apple),
    ...nodeItems(props.ctx.nodes(), {
      openRequest: (id) => void props.ctx.tabs.open(id),
      openContainer: (target) => openShellDialog({ kind: "settings", target }),
    }),
  ]);
  const state = createPaletteState(() => items(), recents.list());
  const optionId = (index: number) => `${listId}-${index}`;

  // Keep the active option in view as the arrow keys move it.
  createEffect(() => {
    document.getElementById(optionId(state.active()))?.scrollIntoView?.({ block: "nearest" });
  });

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    recents.add(item.key);
    props.onClose();
    item.run();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => state.move(1),
      ArrowUp: () => state.move(-1),
      PageDown: () => state.move(8),
      PageUp: () => state.move(-8),
      Enter: () => choose(state.activeItem()),
    };
    const action = keys[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  return (
    <Dialog open title="Command palette" onClose={() => props.onClose()}>
      <div class="palette">
        <input
          class="palette-input"
          type="text"
          role="combobox"
          aria-label="Search commands, requests and environments"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={state.activeItem() ? optionId(state.active()) : undefined}
          placeholder="Type a command, request or environment"
          autocomplete="off"
          spellcheck={false}
          data-autofocus
          value={state.query()}
          onInput={(e) => state.setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} class="palette-list" role="listbox" aria-label="Results">
          <For each={state.results()}>
            {(item, index) => (
              <li
                id={optionId(index())}
                class="palette-option"
                role="option"
                aria-selected={state.active() === index()}
                onMouseMove={() => state.setActive(index())}
                onClick={() => choose(item)}
              >
                <span class="palette-title">{item.title}</span>
                <span class="palette-detail">
                  {KIND_LABELS[item.kind]}
                  {item.detail ? ` · ${item.detail}` : ""}
                </span>
                <Show when={item.hint}>{(hint) => <kbd class="palette-hint">{hint()}</kbd>}</Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={state.results().length === 0}>
          <p class="palette-empty" role="status">
            Nothing matches “{state.query()}”.
          </p>
        </Show>
      </div>
    </Dialog>
  );
}
