/**
 * Global keyboard shortcuts, dispatched from the command registry's shortcut table. Listens in
 * the capture phase and stops the event, so editors (CodeMirror binds Mod-Enter) never see the
 * app's keys. A plain key ("?") only counts outside text fields and editors; while a modal dialog
 * is open the app's keys are kept from the browser but run nothing behind the dialog.
 */
import { onCleanup } from "solid-js";
import type { Registry } from "../commands/registry";
import { isApplePlatform, isEnabled } from "../commands/registry";

/** True when typing in `el` would insert the key (inputs, text areas, CodeMirror). */
export function isTextEntry(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "file", "range"].includes(el.type);
  }
  return el.isContentEditable || el.closest('[contenteditable="true"]') !== null;
}

/** True while a modal dialog is on the page. */
const modalOpen = (doc: Document) => doc.querySelector('[aria-modal="true"]') !== null;

/** Options of {@link makeShortcuts}; `apple` defaults to the running platform. */
export interface ShortcutOptions {
  apple?: boolean;
}

/** Listens on `target` for the registry's shortcuts and runs them over `ctx`; returns a disposer. */
export function makeShortcuts<C>(
  target: EventTarget,
  registry: Registry<C>,
  ctx: C,
  options: ShortcutOptions = {},
): () => void {
  const apple = options.apple ?? isApplePlatform();
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    if (e.defaultPrevented || e.isComposing) return;
    const command = registry.forEvent(e, apple);
    if (!command) return;
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (plain && (isTextEntry(e.target) || modalOpen(document))) return;
    e.preventDefault();
    e.stopPropagation();
    if (modalOpen(document) || !isEnabled(command, ctx)) return;
    void command.run(ctx);
  };
  target.addEventListener("keydown", onKey, { capture: true });
  return () => target.removeEventListener("keydown", onKey, { capture: true });
}

/** `makeShortcuts` on the window, removed when the owner is cleaned up. */
export function createShortcuts<C>(registry: Registry<C>, ctx: C, options?: ShortcutOptions) {
  onCleanup(makeShortcuts(window, registry, ctx, options));
}
