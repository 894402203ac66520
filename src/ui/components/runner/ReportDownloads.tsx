/** "Download JSON report", "Download JUnit report", "Download HTML report" for a finished run. */
import { For } from "solid-js";
import type { ReportKind } from "./reports";
import { downloadFile, reportFile } from "./reports";
import type { StoredRun } from "../../../core/runner/types";

/** Props of {@link ReportDownloads}. */
export interface ReportDownloadsProps {
  run: StoredRun | undefined;
  /** The time shown in the HTML report (the app's clock). */
  now: () => number;
}

const KINDS: { kind: ReportKind; label: string }[] = [
  { kind: "json", label: "Download JSON report" },
  { kind: "junit", label: "Download JUnit report" },
  { kind: "html", label: "Download HTML report" },
];

/** Three buttons, disabled until a run finished. */
export function ReportDownloads(props: ReportDownloadsProps) {
  const save = (kind: ReportKind) => {
    const run = props.run;
    if (run) downloadFile(reportFile(run, kind, new Date(props.now()).toISOString()));
  };
  return (
    <div class="runner-downloads">
      <For each={KINDS}>
        {(item) => (
          <button
            type="button"
            class="button"
            disabled={!props.run}
            onClick={() => save(item.kind)}
          >
            {item.label}
          </button>
        )}
      </For>
    </div>
  );
}
