/**
 * Host side of a console call's typed arguments (ConsoleValue): the guest sends them as JSON
 * (./guest/consoleValue.ts); this checks their shape, nesting and size before they join the
 * stage's report, and drops them (the entry keeps its text) when anything is off.
 */
import type { ConsoleValue } from "../../core/sandbox/types";

/**
 * Longest JSON one call's values may take. The guest spends at most 400 000 units on them (see
 * ./guest/consoleValue.ts); escapes and tags make the JSON up to about 6 times that, and it all
 * counts against the stage's REPORT_BUDGET (./collector.ts).
 */
export const CONSOLE_VALUES_LIMIT = 4 * 1024 * 1024;
/** Deepest nesting accepted: the guest sends 26 levels (Newman's reporter prints 25). */
const MAX_DEPTH = 32;
const NUMBER_WORDS = new Set(["NaN", "Infinity", "-Infinity"]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) >= 0);
const isId = (v: unknown) => Number.isInteger(v) && (v as number) > 0;

function valid(v: unknown, depth: number): v is ConsoleValue {
  if (!isRecord(v) || depth > MAX_DEPTH) return false;
  switch (v.t) {
    case "string":
    case "bigint":
    case "symbol":
    case "date":
    case "regexp":
      return typeof v.v === "string";
    case "number":
      return typeof v.v === "number" || NUMBER_WORDS.has(v.v as string);
    case "boolean":
      return typeof v.v === "boolean";
    case "null":
    case "undefined":
    case "cut":
      return true;
    case "ref":
      return isId(v.id);
    case "error":
      return typeof v.name === "string" && typeof v.message === "string";
    case "array":
      return (
        isId(v.id) &&
        isCount(v.more) &&
        Array.isArray(v.items) &&
        v.items.every((i) => valid(i, depth + 1))
      );
    case "object":
      return (
        isId(v.id) &&
        isCount(v.more) &&
        Array.isArray(v.entries) &&
        v.entries.every(
          (e) =>
            Array.isArray(e) &&
            e.length === 2 &&
            typeof e[0] === "string" &&
            valid(e[1], depth + 1),
        )
      );
    default:
      return false;
  }
}

/**
 * The values of one console call from the guest's JSON, or undefined when it is missing, too
 * large or not a list of `count` well-formed values.
 */
export function parseConsoleValues(
  json: string | undefined,
  count: number,
): ConsoleValue[] | undefined {
  if (json === undefined || json.length > CONSOLE_VALUES_LIMIT) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(values) || values.length !== count) return undefined;
  return values.every((v) => valid(v, 0)) ? (values as ConsoleValue[]) : undefined;
}
