/** The Settings tab: timeout, follow redirects (informational in browsers) and description. */
import type { JSX } from "solid-js";
import type { Request } from "../../../core/model";
import { DescriptionPanel } from "../docs/DescriptionPanel";

/** Props of {@link SettingsPanel}. */
export interface SettingsPanelProps {
  request: Request;
  onChange: (next: Request) => void;
}

/** A timeout field's text → milliseconds, or undefined for empty / invalid (use the default). */
export function parseTimeout(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
}

/** Renders the settings fields. */
export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const settings = () => props.request.settings;
  const setTimeoutMs = (text: string) => {
    const { timeoutMs: _old, ...rest } = settings();
    const timeoutMs = parseTimeout(text);
    props.onChange({
      ...props.request,
      settings: timeoutMs === undefined ? rest : { ...rest, timeoutMs },
    });
  };
  return (
    <div class="request-section settings-panel">
      <label class="stacked-field">
        Timeout (ms)
        <input
          type="number"
          min="0"
          step="1"
          placeholder="Default"
          value={settings().timeoutMs ?? ""}
          onInput={(e) => setTimeoutMs(e.currentTarget.value)}
        />
      </label>
      <label class="inline-field">
        <input
          type="checkbox"
          checked={settings().followRedirects !== false}
          onChange={(e) =>
            props.onChange({
              ...props.request,
              settings: { ...settings(), followRedirects: e.currentTarget.checked },
            })
          }
        />
        Follow redirects
      </label>
      <p class="request-note">
        Browsers always follow redirects; this setting applies when the request runs through the
        agent or the command line.
      </p>
      <DescriptionPanel
        rows={4}
        value={props.request.description}
        onChange={(description) => props.onChange({ ...props.request, description })}
      />
    </div>
  );
}
