/**
 * Global keyboard shortcuts: Ctrl/Cmd+S saves the active tab, Ctrl/Cmd+Enter sends it.
 */
import { onCleanup } from "solid-js";

/** What the shortcuts trigger. */
export interface ShortcutHandlers {
  save: () => void;
  send: () => void;
}

/** True for the platform's command modifier (Cmd on Apple, Ctrl elsewhere; either is accepted). */
const hasModifier = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** Listens on `target` for the shortcuts; returns a disposer. */
export function makeShortcuts(target: EventTarget, handlers: ShortcutHandlers): () => void {
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    if (!hasModifier(e)) return;
    const run =
      e.key === "s" || e.key === "S"
        ? handlers.save
        : e.key === "Enter"
          ? handlers.send
          : undefined;
    if (!run) return;
    // Capture phase + stopPropagation: editors (CodeMirror binds Mod-Enter) never see these keys.
    e.preventDefault();
    e.stopPropagation();
    run();
  };
  target.addEventListener("keydown", onKey, { capture: true });
  return () => target.removeEventListener("keydown", onKey, { capture: true });
}

/** `makeShortcuts` on the window, removed when the owner is cleaned up. */
export function createShortcuts(handlers: ShortcutHandlers): void {
  onCleanup(makeShortcuts(window, handlers));
}
