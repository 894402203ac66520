/**
 * Which app-wide overlay the commands have opened: the command palette, the keyboard shortcuts
 * sheet, the collection runner or a collection's / folder's settings. One per page, like the
 * Import dialog's launcher; `PaletteHost` renders whichever is open.
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";
import type { Id } from "../../core/model";

/** A collection or folder a dialog opens on. */
export interface ContainerRef {
  kind: "collection" | "folder";
  id: Id;
}

/** The open overlay; a new object each time, so a dialog opened again starts fresh. */
export type ShellDialog =
  | { kind: "palette" }
  | { kind: "shortcuts" }
  | { kind: "runner"; target: ContainerRef }
  | { kind: "settings"; target: ContainerRef };

const [dialog, setDialog] = createSignal<ShellDialog>();

/** The open overlay, undefined when none is. */
export const shellDialog: Accessor<ShellDialog | undefined> = dialog;

/** Opens `next`, replacing whichever overlay was open. */
export function openShellDialog(next: ShellDialog): void {
  setDialog(next);
}

/** Closes the open overlay. */
export function closeShellDialog(): void {
  setDialog(undefined);
}
