/** The header bar: drawer toggle (narrow screens), app name, and the header tools' mount points. */
import { CookiesButton } from "../components/cookies/CookiesButton";
import { EnvironmentPicker } from "../components/env/EnvironmentPicker";
import { HistoryButton } from "../components/history/HistoryButton";
import { TransportPicker } from "../components/transport/TransportPicker";
import { ThemeSwitch } from "../components/theme/ThemeSwitch";
import { useEnvironments, useTheme } from "../host/hooks";
import { formatShortcut, isApplePlatform } from "../commands/registry";
import { openShellDialog } from "../commands/shellDialogs";
import "../styles/app.css";

/** Props of {@link Header}. */
export interface HeaderProps {
  drawerOpen: boolean;
  /** Called with the toggle button, so focus can return to it when the drawer closes. */
  onToggleDrawer: (button: HTMLButtonElement) => void;
  historyOpen: boolean;
  /** Shows or hides the history panel; called with the button (focus returns to it). */
  onToggleHistory: (button: HTMLButtonElement) => void;
}

/** Renders the header with the environment picker, history and theme switch. */
export function Header(props: HeaderProps) {
  const environments = useEnvironments();
  const theme = useTheme();
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
        <button
          type="button"
          class="button"
          aria-label="Command palette"
          aria-keyshortcuts="Control+K Meta+K"
          title={`Command palette (${formatShortcut({ key: "k", mod: true }, isApplePlatform())})`}
          onClick={() => openShellDialog({ kind: "palette" })}
        >
          Palette
        </button>
        <TransportPicker />
        <EnvironmentPicker store={environments} />
        <HistoryButton open={props.historyOpen} onToggle={(b) => props.onToggleHistory(b)} />
        <CookiesButton />
        <ThemeSwitch store={theme} />
      </div>
    </header>
  );
}
