/** A reporter that accumulates the run's events and writes one built file when the run ends. */
import { writeFile } from "node:fs/promises";
import type { RunEvent } from "../../core/runner";
import { makeRunAccumulator } from "../../core/report";
import type { AccumulatorOptions, RunRecord } from "../../core/report";
import type { Reporter } from "./types";

/** Write `build(record)` to `path` at finish (nothing when the run never reached `done`). */
export function makeFileReporter(
  path: string,
  build: (run: RunRecord) => string,
  options: AccumulatorOptions = {},
): Reporter {
  const acc = makeRunAccumulator(options);
  return {
    onEvent: (event: RunEvent) => acc.add(event),
    async finish() {
      const run = acc.record();
      if (!run.summary) return;
      await writeFile(path, build(run));
    },
  };
}
