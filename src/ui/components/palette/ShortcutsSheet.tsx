/**
 * The "Keyboard shortcuts" sheet ("?" or the palette): every shortcut in the app's command
 * registry and in the sidebar's (keys for the focused row), as this platform writes them.
 */
import { For } from "solid-js";
import { appRegistry } from "../../commands/appCommands";
import { nodeRegistry } from "../../commands/nodeCommands";
import type { Shortcut } from "../../commands/registry";
import { formatShortcut, isApplePlatform } from "../../commands/registry";
import { Dialog } from "../common/Dialog";
import "../../styles/palette.css";

/** Renders the open sheet. */
export function ShortcutsSheet(props: { onClose: () => void }) {
  const apple = isApplePlatform();
  const rowsOf = (commands: { title: string; shortcuts?: readonly Shortcut[] | undefined }[]) =>
    commands.map((command) => ({
      title: command.title,
      keys: (command.shortcuts ?? []).map((s) => formatShortcut(s, apple)),
    }));
  const groups = [
    { caption: "Anywhere", rows: rowsOf(appRegistry.withShortcuts()) },
    { caption: "On the focused sidebar row", rows: rowsOf(nodeRegistry.withShortcuts()) },
  ];
  return (
    <Dialog open title="Keyboard shortcuts" onClose={() => props.onClose()}>
      <For each={groups}>
        {(group) => <ShortcutTable caption={group.caption} rows={group.rows} />}
      </For>
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

/** One group of the sheet: command and keys, row by row. */
function ShortcutTable(props: { caption: string; rows: { title: string; keys: string[] }[] }) {
  return (
    <table class="shortcuts-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Command</th>
          <th scope="col">Keys</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
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
  );
}
