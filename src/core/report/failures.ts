/** The failures of one item, in Newman's words (shared by every report and the cli reporter). */
import type { ItemEvent } from "../runner/types";

/** One failure: what failed, its message, and where. */
export interface Failure {
  name: string;
  message: string;
  /** The assertion's name, for assertion failures. */
  test?: string;
  at: string;
  item: string;
  iteration: number;
}

/** Every failure in `event`: failed assertions, script errors, a request that was not answered. */
export function failuresOf(event: ItemEvent): Failure[] {
  const base = { item: event.request.name, iteration: event.iteration };
  const out: Failure[] = [];
  const { result } = event;
  if (result.buildError)
    out.push({
      ...base,
      name: result.buildError.code,
      message: result.buildError.message,
      at: "request",
    });
  if (result.result && !result.result.ok)
    out.push({
      ...base,
      name: result.result.error.code,
      message: result.result.error.message,
      at: "request",
    });
  result.assertions.forEach((a, i) => {
    if (a.passed || a.skipped) return;
    out.push({
      ...base,
      name: a.error?.name ?? "AssertionError",
      message: a.error?.message ?? "failed",
      test: a.name,
      at: `assertion:${i} in ${a.location}`,
    });
  });
  for (const e of result.errors)
    out.push({ ...base, name: e.code, message: e.message, at: `script in ${e.location}` });
  return out;
}
