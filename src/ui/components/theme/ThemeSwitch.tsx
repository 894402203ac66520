/** The header's theme chooser: a "Theme" select of System, Light and Dark. */
import { For } from "solid-js";
import type { ThemeChoice, ThemeStore } from "../../stores/theme";
import { isThemeChoice } from "../../stores/theme";

/** Props of {@link ThemeSwitch}. */
export interface ThemeSwitchProps {
  store: ThemeStore;
}

const OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** Picks the colour theme; applies at once and is remembered. */
export function ThemeSwitch(props: ThemeSwitchProps) {
  return (
    <select
      class="theme-switch"
      aria-label="Theme"
      title="Theme"
      value={props.store.theme()}
      onChange={(e) => {
        const value = e.currentTarget.value;
        if (isThemeChoice(value)) void props.store.setTheme(value);
      }}
    >
      <For each={OPTIONS}>
        {(o) => (
          <option value={o.value} selected={o.value === props.store.theme()}>
            {o.label}
          </option>
        )}
      </For>
    </select>
  );
}
