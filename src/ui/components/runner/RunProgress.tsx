/**
 * The run's progress bar and running counts, labelled in words:
 * "Requests 32 · Assertions 10 passed, 0 failed" (the failed count red only when above 0).
 */
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
        Requests {props.counts.requests} · Assertions{" "}
        <span classList={{ "runner-pass": props.counts.passed > 0 }}>
          {props.counts.passed} passed
        </span>
        ,{" "}
        <span classList={{ "runner-fail": props.counts.failed > 0 }}>
          {props.counts.failed} failed
        </span>
      </p>
    </div>
  );
}
