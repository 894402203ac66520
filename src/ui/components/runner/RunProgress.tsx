/** The run's progress bar and running counts (requests, passed and failed assertions). */
import { createMemo } from "solid-js";
import type { RunCounts } from "../../stores/runner";

/** Props of {@link RunProgress}. */
export interface RunProgressProps {
  done: number;
  total: number;
  counts: RunCounts;
}

/** A labelled progressbar with aria-valuenow in percent, and the counts as text. */
export function RunProgress(props: RunProgressProps) {
  const percent = createMemo(() =>
    props.total > 0 ? Math.min(100, Math.round((props.done / props.total) * 100)) : 0,
  );
  return (
    <div class="runner-progress">
      <div
        class="runner-bar"
        role="progressbar"
        aria-label="Run progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent()}
        aria-valuetext={`${props.done} of ${props.total} requests`}
      >
        <div class="runner-bar-fill" style={{ transform: `scaleX(${percent() / 100})` }} />
      </div>
      <p class="runner-counts" aria-live="polite">
        <span>Requests: {props.counts.requests}</span>
        <span class="runner-pass">Passed: {props.counts.passed}</span>
        <span class="runner-fail">Failed: {props.counts.failed}</span>
      </p>
    </div>
  );
}
