/**
 * The app shell: header, collections sidebar (a drawer behind "Collections" on narrow screens)
 * with its resize separator, the main area with request tabs, and the history panel beside it.
 * Owns global shortcuts, the app-wide dialogs and toasts, and file drops anywhere on the window
 * (they open the Import dialog).
 */
import { Show, Suspense, createEffect, createSignal, lazy, on } from "solid-js";
import { PanelBoundary } from "../components/common/PanelBoundary";
import { Separator } from "../components/layout/Separator";
import { createSidebarSplit } from "../components/layout/layoutPrefs";
import { Toasts } from "../components/common/Toasts";
import { ImportHost } from "../components/import/ImportHost";
import { UpdateBanner } from "../pwa/UpdateBanner";
import { Sidebar } from "../components/sidebar/Sidebar";
import { CloseTabPrompt } from "../components/tabs/CloseTabPrompt";
import { SaveConflictDialog } from "../components/tabs/SaveConflictDialog";
import { SaveToCollectionDialog } from "../components/tabs/SaveToCollectionDialog";
import type { Host } from "../host/createHost";
import { HostProvider } from "../host/hooks";
import { Header } from "./Header";
import { MainPanel } from "./MainPanel";
import { createShortcuts } from "./shortcuts";
import { appRegistry } from "../commands/appCommands";
import { makeCommandContext } from "../commands/commandContext";
import { PaletteHost } from "../components/palette/PaletteHost";
import "../styles/theme.css";
import "../styles/app.css";

// The history panel (its list, search and HAR export) loads when it is first opened.
const HistorySidePanel = lazy(() =>
  import("../components/history/HistorySidePanel").then((m) => ({ default: m.HistorySidePanel })),
);

/** Renders the whole app over `host` (see `createHost`). */
export function App(props: { host: Host }) {
  // The host is created once per app; read once on purpose.
  // eslint-disable-next-line solid/reactivity
  const host = props.host;
  const tabs = () => host.tabs;
  const [drawerOpen, setDrawerOpen] = createSignal(false);
  const [historyOpen, setHistoryOpen] = createSignal(false);
  const sidebarWidth = createSidebarSplit();
  let historyButton: HTMLButtonElement | undefined;
  const closeHistory = () => {
    setHistoryOpen(false);
    historyButton?.focus();
  };
  let sidebar!: HTMLElement;
  let toggle: HTMLButtonElement | undefined;
  const openDrawer = (open: boolean) => {
    setDrawerOpen(open);
    // Move focus into the drawer when it opens, and back to its button when it closes.
    if (open) {
      const row = sidebar.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
      (row ?? sidebar.querySelector<HTMLElement>("input"))?.focus();
    } else if (sidebar.contains(document.activeElement)) toggle?.focus();
  };
  // Opening a request from the drawer closes it, so the request is visible on a phone.
  createEffect(
    on(
      () => tabs().state.activeId,
      () => setDrawerOpen(false),
      { defer: true },
    ),
  );
  // "Toggle sidebar": the drawer on narrow screens, the sidebar column on wide ones.
  const [sidebarHidden, setSidebarHidden] = createSignal(false);
  const commandContext = makeCommandContext(host, {
    toggleSidebar: () =>
      window.matchMedia("(max-width: 700px)").matches
        ? openDrawer(!drawerOpen())
        : setSidebarHidden((hidden) => !hidden),
  });
  createShortcuts(appRegistry, commandContext);
  return (
    <HostProvider host={host}>
      <div
        class="app"
        classList={{
          "drawer-open": drawerOpen(),
          "history-open": historyOpen(),
          "sidebar-hidden": sidebarHidden(),
        }}
        style={{ "--sidebar-width": `${sidebarWidth.size()}px` }}
        onKeyDown={(e) => e.key === "Escape" && drawerOpen() && openDrawer(false)}
      >
        <Header
          drawerOpen={drawerOpen()}
          onToggleDrawer={(button) => {
            toggle = button;
            openDrawer(!drawerOpen());
          }}
          historyOpen={historyOpen()}
          onToggleHistory={(button) => {
            historyButton = button;
            if (historyOpen()) closeHistory();
            else setHistoryOpen(true);
          }}
        />
        <div class="app-banner">
          <UpdateBanner />
        </div>
        <aside ref={sidebar} id="app-sidebar" class="app-sidebar" aria-label="Sidebar">
          <PanelBoundary name="Sidebar">
            <Sidebar />
          </PanelBoundary>
        </aside>
        <Separator
          class="sidebar-separator"
          label="Resize sidebar"
          orientation="vertical"
          split={sidebarWidth}
          valueText={`${sidebarWidth.size()} pixels`}
          controls="app-sidebar"
          measure={(e) => e.clientX - sidebar.getBoundingClientRect().left}
        />
        <div class="drawer-scrim" aria-hidden="true" onClick={() => openDrawer(false)} />
        <MainPanel />
        <Show when={historyOpen()}>
          <Suspense>
            <HistorySidePanel onClose={closeHistory} />
          </Suspense>
        </Show>
      </div>
      <Toasts />
      <CloseTabPrompt />
      <SaveToCollectionDialog />
      <SaveConflictDialog />
      <ImportHost />
      <PaletteHost ctx={commandContext} />
    </HostProvider>
  );
}
