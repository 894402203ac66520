/**
 * A run's test results in a few words: the counts, the Tests tab's label ("Tests 3/4") and its
 * tone. The label carries pass or fail in text, so colour is never the only signal.
 */
import type { AssertionResult, ScriptError } from "../../../core/sandbox/types";

/** What {@link testSummary} counts. */
export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Scripts that failed to run (syntax, runtime, timeout). */
  errors: number;
  /** The tab's name: "Tests 3/4", and "· 1 script error" when a script failed. */
  label: string;
  /** "fail" on any failure or script error, "pass" when all that ran passed, else undefined. */
  tone: "pass" | "fail" | undefined;
  /** "3 passed, 1 failed, 0 skipped, 1 script error". */
  text: string;
}

/** `1 script error`, `2 script errors`. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Counts assertions (skipped ones are not part of "3/4") and script errors. */
export function testSummary(
  assertions: readonly AssertionResult[],
  errors: readonly ScriptError[],
): TestSummary {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const a of assertions) {
    if (a.skipped) skipped++;
    else if (a.passed) passed++;
    else failed++;
  }
  const ran = passed + failed;
  const errorText = errors.length ? plural(errors.length, "script error") : "";
  const label = `Tests ${passed}/${ran}${errorText ? ` · ${errorText}` : ""}`;
  const tone = failed || errors.length ? "fail" : ran ? "pass" : undefined;
  const counts = `${passed} passed, ${failed} failed, ${skipped} skipped`;
  return {
    passed,
    failed,
    skipped,
    errors: errors.length,
    label,
    tone,
    text: errorText ? `${counts}, ${errorText}` : counts,
  };
}
