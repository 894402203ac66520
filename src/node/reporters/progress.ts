/**
 * A one-line progress bar for terminals: `[=====     ] 12/200 requests`, redrawn with \r on
 * stderr. The command only creates it when stderr is a TTY; it redraws at most ~100 times a run.
 */
import type { RunEvent } from "../../core/runner";
import type { Reporter } from "./types";

/** The bar's text for `done` of `total` (`width` cells between the brackets). */
export function progressText(done: number, total: number, width = 30): string {
  const shown = Math.min(done, total);
  const filled = total > 0 ? Math.round((shown / total) * width) : width;
  return `[${"=".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} requests`;
}

/** The progress bar as a reporter; `clear()` erases it so other output can take the line. */
export interface ProgressBar extends Reporter {
  clear(): void;
}

/** A progress bar writing through `write` (stderr); erases itself when the run ends. */
export function makeProgressBar(write: (text: string) => void): ProgressBar {
  let total = 0;
  let done = 0;
  let drawn = -1;
  let visible = false;
  const draw = () => {
    drawn = done;
    visible = true;
    write(`\r${progressText(done, total)}`);
  };
  const clear = () => {
    if (!visible) return;
    visible = false;
    write("\r\u001b[K");
  };
  return {
    onEvent(event: RunEvent) {
      if (event.type === "start") {
        total = event.items * event.iterations;
        draw();
      } else if (event.type === "item") {
        done++;
        const step = Math.max(1, Math.floor(total / 100));
        if (!visible || done - drawn >= step || done === total) draw();
      } else if (event.type === "done") clear();
    },
    clear,
    async finish() {
      clear();
    },
  };
}
