/**
 * Whether the Import dialog is open, and with which files: the sidebar's "Import" button opens it
 * empty, a file dropped anywhere on the window opens it with those files. One per page, like the
 * toasts; the app shell renders the dialog while a request is open.
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";

/** One opening of the dialog; a new object each time, so the dialog starts fresh. */
export interface ImportRequest {
  /** Dropped files (several when a spec comes with the files it references); may be empty. */
  files: readonly File[];
}

const [request, setRequest] = createSignal<ImportRequest>();

/** The open request, undefined while the dialog is closed. */
export const importRequest: Accessor<ImportRequest | undefined> = request;

/** Opens the Import dialog (again, fresh, if it is open), starting with `files` if any. */
export function openImport(files: readonly File[] = []): void {
  setRequest({ files });
}

/** Closes the Import dialog. */
export function closeImport(): void {
  setRequest(undefined);
}
