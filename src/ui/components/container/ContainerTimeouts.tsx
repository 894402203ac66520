/**
 * The collection "Settings" tab: script and request timeouts (empty means the default), and the
 * transport its requests go through in this browser (over the header's choice).
 */
import type { JSX } from "solid-js";
import type { CollectionSettings } from "../../../core/model";
import { parseTimeout } from "../request/SettingsPanel";

/** The script deadline when a collection sets none (ms). */
export const DEFAULT_SCRIPT_TIMEOUT_MS = 10_000;

/** Props of {@link ContainerTimeouts}. */
export interface ContainerTimeoutsProps {
  settings: CollectionSettings;
  onChange: (settings: CollectionSettings) => void;
}

/** `settings` with `key` set to the parsed text, or removed when empty / invalid. */
export function withTimeout(
  settings: CollectionSettings,
  key: "scriptTimeoutMs" | "requestTimeoutMs",
  text: string,
): CollectionSettings {
  const { [key]: _old, ...rest } = settings;
  const ms = parseTimeout(text);
  return ms === undefined ? rest : { ...rest, [key]: ms };
}

const CHOICES = ["auto", "fetch", "agent", "proxy"] as const;

/** `settings` with the transport `value` names, or without one ("" or unknown). */
export function withTransport(settings: CollectionSettings, value: string): CollectionSettings {
  const { transport: _old, ...rest } = settings;
  const choice = CHOICES.find((c) => c === value);
  return choice ? { ...rest, transport: choice } : rest;
}

/** Renders the two timeout fields and the transport choice. */
export function ContainerTimeouts(props: ContainerTimeoutsProps): JSX.Element {
  const field = (label: string, key: "scriptTimeoutMs" | "requestTimeoutMs", hint: string) => (
    <label class="stacked-field">
      {label}
      <input
        type="number"
        min="0"
        step="1"
        placeholder={hint}
        value={props.settings[key] ?? ""}
        onInput={(e) => props.onChange(withTimeout(props.settings, key, e.currentTarget.value))}
      />
    </label>
  );
  return (
    <div class="request-section container-timeouts">
      {field("Script timeout (ms)", "scriptTimeoutMs", `${DEFAULT_SCRIPT_TIMEOUT_MS} (default)`)}
      {field("Request timeout (ms)", "requestTimeoutMs", "No limit")}
      <p class="request-note">
        Each pre-request and test script of this collection is stopped after the script timeout.
        Leave a field empty to use the default.
      </p>
      <label class="stacked-field">
        Send this collection's requests through
        <select
          value={props.settings.transport ?? ""}
          onChange={(e) => props.onChange(withTransport(props.settings, e.currentTarget.value))}
        >
          <option value="">The header's choice</option>
          <option value="auto">Auto (the local agent when it runs)</option>
          <option value="fetch">Browser (fetch)</option>
          <option value="agent">Local agent</option>
          <option value="proxy">Team proxy</option>
        </select>
      </label>
    </div>
  );
}
