/**
 * The "Keyboard shortcuts" sheet ("?" or the palette): every shortcut in the command registry,
 * as this platform writes it, plus the keys the palette and the tree use.
 */
import { For } from "solid-js";
import { appRegistry } from "../../commands/appCommands";
import { formatShortcut, isApplePlatform } from "../../commands/registry";
import { Dialog } from "../common/Dialog";
import "../../styles/palette.css";

/** Renders the open sheet. */
export function ShortcutsSheet(props: { onClose: () => void }) {
  const apple = isApplePlatform();
  const rows = appRegistry.withShortcuts().map((command) => ({
    title: command.title,
    keys: (command.shortcuts ?? []).map((s) => formatShortcut(s, apple)),
  }));
  return (
    <Dialog open title="Keyboard shortcuts" onClose={() => props.onClose()}>
      <table class="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows}>
            {(row) => (
              <tr>
                <th scope="row">{row.title}</th>
                <td>
                  <For each={row.keys}>
                    {(key, i) => (
                      <>
                        {i() > 0 ? " or " : ""}
                        <kbd>{key}</kbd>
                      </>
                    )}
                  </For>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p class="shortcuts-note">
        Ctrl+N, Ctrl+W, Ctrl+T, Ctrl+Tab and Ctrl+Page Up/Down belong to the browser, so tabs use
        Alt and Ctrl+Alt instead. “?” works when the cursor is not in a text field.
      </p>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
