/** The header bar: drawer toggle (narrow screens), app name, and the header tools' mount points. */
import "../styles/app.css";

/** Props of {@link Header}. */
export interface HeaderProps {
  drawerOpen: boolean;
  /** Called with the toggle button, so focus can return to it when the drawer closes. */
  onToggleDrawer: (button: HTMLButtonElement) => void;
}

/** Renders the header. Environment picker, theme switch and history are wired by the lead. */
export function Header(props: HeaderProps) {
  return (
    <header class="app-header">
      <button
        type="button"
        class="button drawer-toggle"
        aria-expanded={props.drawerOpen}
        aria-controls="app-sidebar"
        onClick={(e) => props.onToggleDrawer(e.currentTarget)}
      >
        Collections
      </button>
      <h1 class="app-name">Satchel</h1>
      <div class="header-tools">
        {/* MOUNT: <EnvironmentPicker /> (src/ui/components/env/EnvironmentPicker.tsx) */}
        <span class="mount-placeholder" data-mount="EnvironmentPicker" />
        {/* MOUNT: <HistoryPanel onOpen={...} /> (src/ui/components/history/HistoryPanel.tsx) */}
        <span class="mount-placeholder" data-mount="HistoryPanel" />
        {/* MOUNT: <ThemeSwitch /> (src/ui/components/theme/ThemeSwitch.tsx) */}
        <span class="mount-placeholder" data-mount="ThemeSwitch" />
      </div>
    </header>
  );
}
