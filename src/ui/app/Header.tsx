/** The header bar: drawer toggle (narrow screens), app name, and the header tools' mount points. */
import type { HistoryEntry } from "../../core/model";
import { CookiesButton } from "../components/cookies/CookiesButton";
import { EnvironmentPicker } from "../components/env/EnvironmentPicker";
import { HistoryButton } from "../components/history/HistoryButton";
import { TransportPicker } from "../components/transport/TransportPicker";
import { ThemeSwitch } from "../components/theme/ThemeSwitch";
import { useEnvironments, useTabs, useTheme } from "../host/hooks";
import "../styles/app.css";

/** Props of {@link Header}. */
export interface HeaderProps {
  drawerOpen: boolean;
  /** Called with the toggle button, so focus can return to it when the drawer closes. */
  onToggleDrawer: (button: HTMLButtonElement) => void;
}

/** Renders the header with the environment picker, history and theme switch. */
export function Header(props: HeaderProps) {
  const tabs = useTabs();
  const environments = useEnvironments();
  const theme = useTheme();
  // A history entry reopens as a new unsaved tab holding the request as it was sent.
  const reopen = (entry: HistoryEntry) =>
    tabs.openNew({
      ...structuredClone(entry.request),
      name: entry.request.name || "From history",
    });
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
        <TransportPicker />
        <EnvironmentPicker store={environments} />
        <HistoryButton onOpen={reopen} />
        <CookiesButton />
        <ThemeSwitch store={theme} />
      </div>
    </header>
  );
}
