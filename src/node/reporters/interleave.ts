/**
 * A request's test-stage output in the order it happened, as Newman's cli reporter prints it:
 * runs of consecutive console entries (one box each) between assertion lines. The sandbox numbers
 * both (`seq`); results without those numbers keep the older order, console first.
 */
import type { AssertionResult, ConsoleEntry } from "../../core/sandbox/types";

export type OutputPart =
  { kind: "console"; entries: ConsoleEntry[] } | { kind: "assertion"; assertion: AssertionResult };

/** `logged` and `assertions` merged by `seq`, consecutive console entries grouped. */
export function interleave(
  logged: readonly ConsoleEntry[],
  assertions: readonly AssertionResult[],
): OutputPart[] {
  const numbered = [...logged, ...assertions].every((r) => r.seq !== undefined);
  const items: (ConsoleEntry | AssertionResult)[] = [...logged, ...assertions];
  if (numbered) items.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const parts: OutputPart[] = [];
  for (const item of items) {
    if (!("level" in item)) {
      parts.push({ kind: "assertion", assertion: item });
      continue;
    }
    const last = parts[parts.length - 1];
    if (last?.kind === "console") last.entries.push(item);
    else parts.push({ kind: "console", entries: [item] });
  }
  return parts;
}
