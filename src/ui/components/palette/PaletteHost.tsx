/**
 * Renders the overlay the commands opened (see shellDialogs.ts): the command palette, the
 * keyboard shortcuts sheet, the collection runner or a collection's settings. Each loads on first
 * open, so none of them is in the app shell's chunk.
 */
import { Match, Switch, lazy } from "solid-js";
import type { CommandContext } from "../../commands/commandContext";
import { closeShellDialog, shellDialog } from "../../commands/shellDialogs";
import type { ShellDialog } from "../../commands/shellDialogs";
import "../../styles/palette.css";

const CommandPalette = lazy(() =>
  import("./CommandPalette").then((m) => ({ default: m.CommandPalette })),
);
const ShortcutsSheet = lazy(() =>
  import("./ShortcutsSheet").then((m) => ({ default: m.ShortcutsSheet })),
);
const RunnerDialog = lazy(() =>
  import("../runner/RunnerDialog").then((m) => ({ default: m.RunnerDialog })),
);
const ContainerSettingsDialog = lazy(() =>
  import("../container/ContainerSettingsDialog").then((m) => ({
    default: m.ContainerSettingsDialog,
  })),
);

/** The open overlay when it is of `kind`. */
const open = <K extends ShellDialog["kind"]>(kind: K) => {
  const d = shellDialog();
  return d?.kind === kind ? (d as Extract<ShellDialog, { kind: K }>) : undefined;
};

/** Mount once inside the host provider; `ctx` is what the palette's commands run over. */
export function PaletteHost(props: { ctx: CommandContext }) {
  return (
    <Switch>
      <Match when={open("palette")}>
        <CommandPalette ctx={props.ctx} onClose={closeShellDialog} />
      </Match>
      <Match when={open("shortcuts")}>
        <ShortcutsSheet onClose={closeShellDialog} />
      </Match>
      <Match when={open("runner")} keyed>
        {(d) => <RunnerDialog target={d.target} onClose={closeShellDialog} />}
      </Match>
      <Match when={open("settings")} keyed>
        {(d) => <ContainerSettingsDialog target={d.target} onClose={closeShellDialog} />}
      </Match>
    </Switch>
  );
}
