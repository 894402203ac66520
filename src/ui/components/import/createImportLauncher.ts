/**
 * Opens the Import dialog: from the sidebar's "Import" button, or with a file dropped anywhere
 * on the sidebar. Reactive state owned by the sidebar; the dialog reads `file` once on open.
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";

/** The launcher's state and the drop handlers to put on the drop area. */
export interface ImportLauncher {
  open: Accessor<boolean>;
  /** The dropped file the dialog starts with, if any. */
  file: Accessor<File | undefined>;
  show: (file?: File) => void;
  close: () => void;
  onDragOver: (e: DragEvent) => void;
  onDrop: (e: DragEvent) => void;
}

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");

/** Creates the launcher; drags that carry no files (tree moves) are left alone. */
export function createImportLauncher(): ImportLauncher {
  const [open, setOpen] = createSignal(false);
  const [file, setFile] = createSignal<File>();
  const show = (f?: File) => {
    setFile(() => f);
    setOpen(true);
  };
  return {
    open,
    file,
    show,
    close: () => setOpen(false),
    onDragOver: (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    },
    onDrop: (e) => {
      const dropped = e.dataTransfer?.files[0];
      if (!dropped) return;
      e.preventDefault();
      show(dropped);
    },
  };
}
