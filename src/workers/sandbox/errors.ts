/**
 * Turns what QuickJS threw into the sandbox's ScriptError: the code (SYNTAX, RUNTIME, TIMEOUT,
 * OUT_OF_MEMORY, STACK_OVERFLOW), a message for people, and the 1-based line in the user's own
 * script (the wrapper adds WRAPPER_LINES lines before it).
 */
import type { ScriptError, ScriptErrorCode } from "../../core/sandbox/types";
import type { GuestErrorInfo } from "./engine";

/** Lines the script wrapper puts before the user's first line. */
export const WRAPPER_LINES = 1;

/** The limit a guest error means, if it is one of them. */
export function limitCode(error: GuestErrorInfo): ScriptErrorCode | undefined {
  const msg = error.message.toLowerCase();
  if (error.name === "InternalError") {
    if (msg === "interrupted") return "TIMEOUT";
    if (msg.includes("out of memory") || msg.includes("string too long")) return "OUT_OF_MEMORY";
    if (msg.includes("stack overflow")) return "STACK_OVERFLOW";
  }
  if (error.name === "RangeError" && msg.includes("call stack")) return "STACK_OVERFLOW";
  return undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The user's line for an error raised in `filename`, if the stack or the error names it. */
export function userLine(
  error: GuestErrorInfo,
  filename: string,
  lineCount: number,
): number | undefined {
  const frame = new RegExp(`${escapeRe(filename)}:(\\d+)`).exec(error.stack);
  const raw = frame
    ? Number(frame[1])
    : error.name === "SyntaxError"
      ? error.lineNumber
      : undefined;
  if (raw === undefined || Number.isNaN(raw)) return undefined;
  return Math.min(Math.max(raw - WRAPPER_LINES, 1), Math.max(lineCount, 1));
}

/** Words for the limit errors. */
export function limitMessage(
  code: ScriptErrorCode,
  timeoutMs: number,
  memoryBytes: number,
): string {
  switch (code) {
    case "TIMEOUT":
      return `script timed out after ${timeoutMs / 1000} s`;
    case "OUT_OF_MEMORY":
      return `script ran out of memory (limit ${Math.round(memoryBytes / 1048576)} MiB)`;
    case "STACK_OVERFLOW":
      return "stack overflow: the script recursed too deeply";
    default:
      return "script failed";
  }
}

/** A guest exception as a ScriptError. `compiling`: it came from parsing the script. */
export function toScriptError(
  error: GuestErrorInfo,
  where: { location: string; filename: string; lineCount: number; compiling: boolean },
): ScriptError {
  const code: ScriptErrorCode =
    where.compiling && error.name === "SyntaxError" ? "SYNTAX" : "RUNTIME";
  const line = userLine(error, where.filename, where.lineCount);
  return {
    code,
    message: `${error.name}: ${error.message}`,
    location: where.location,
    ...(line !== undefined ? { line } : {}),
  };
}
