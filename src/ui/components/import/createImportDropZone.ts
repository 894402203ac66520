/**
 * Files dropped anywhere on the window: while a drag that carries files is over the page,
 * `dragging` is true (the shell shows "Drop to import"); a drop hands the files on. Drags without
 * files (moving tree rows) are left alone, and so are drops on an editor, which takes a file's
 * text itself. Listeners go away with the owner.
 */
import type { Accessor } from "solid-js";
import { createSignal, onCleanup } from "solid-js";

/** What the drop zone exposes. */
export interface ImportDropZone {
  /** True while files are being dragged over the window. */
  dragging: Accessor<boolean>;
}

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");

/** True for a drop on an editable element (CodeMirror's content is contenteditable). */
const onEditor = (e: DragEvent) =>
  e.target instanceof Element && e.target.closest('[contenteditable="true"]') !== null;

/** Listens on `target` (the window) and calls `onFiles` with the dropped files. */
export function createImportDropZone(
  onFiles: (files: File[]) => void,
  target: Pick<Window, "addEventListener" | "removeEventListener"> = window,
): ImportDropZone {
  const [dragging, setDragging] = createSignal(false);
  // dragenter/dragleave fire for every element crossed; count them to know when the drag left.
  let depth = 0;
  const listeners: Partial<
    Record<"dragenter" | "dragover" | "dragleave" | "drop", (e: DragEvent) => void>
  > = {
    dragenter: (e) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    },
    dragover: (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    dragleave: (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    },
    drop: (e) => {
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0 || onEditor(e)) return;
      e.preventDefault();
      onFiles(files);
    },
  };
  for (const [type, listener] of Object.entries(listeners)) {
    target.addEventListener(type, listener as EventListener);
  }
  onCleanup(() => {
    for (const [type, listener] of Object.entries(listeners)) {
      target.removeEventListener(type, listener as EventListener);
    }
  });
  return { dragging };
}
