/** Shared by the Import dialog's tests: the sidebar with the app-wide import host, and the reset. */
import { cleanup } from "@solidjs/testing-library";
import { resetOnceQueries } from "../../testing/onceQuery";
import { renderWithApp } from "../../app/testing/renderApp";
import { closeImport } from "../../stores/importLauncher";
import { clearToasts } from "../../stores/toasts";
import { Sidebar } from "../sidebar/Sidebar";
import { ImportHost } from "./ImportHost";

/** The sidebar (its Import button) and the host that renders the dialog, with a fake app. */
export const renderSidebarWithImport = () =>
  renderWithApp(() => (
    <>
      <Sidebar />
      <ImportHost />
    </>
  ));

/** Undoes what a test left: the DOM, cached queries, toasts and an open dialog. */
export function resetImportTest(): void {
  cleanup();
  resetOnceQueries();
  clearToasts();
  closeImport();
}
