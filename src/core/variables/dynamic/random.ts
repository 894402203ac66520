/** Small random helpers over an injected RandomSource (core never calls Math.random). */
import type { Deps } from "../../factory";

/** One dynamic variable: its `$name`, a one-line description, and a generator. */
export interface DynamicVariable {
  name: string;
  description: string;
  generate(deps: Deps): string;
}

/** Integer in [min, max], both inclusive. */
export const int = (deps: Deps, min: number, max: number): number =>
  min + Math.floor(deps.random.next() * (max - min + 1));

/** One element of a non-empty list. */
export function pick<T>(deps: Deps, list: readonly T[]): T {
  const item = list[int(deps, 0, list.length - 1)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** `n` characters drawn from `alphabet`. */
export const chars = (deps: Deps, alphabet: string, n: number): string =>
  Array.from({ length: n }, () => alphabet[int(deps, 0, alphabet.length - 1)]).join("");

export const HEX = "0123456789abcdef";
export const DIGITS = "0123456789";
export const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

/** `n` distinct-ish words joined by spaces. */
export const words = (deps: Deps, list: readonly string[], n: number): string =>
  Array.from({ length: n }, () => pick(deps, list)).join(" ");

/** Upper-case the first letter. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A compact way to declare a list of variables. */
export const defs = (
  table: Record<string, [description: string, generate: (deps: Deps) => string]>,
): DynamicVariable[] =>
  Object.entries(table).map(([name, [description, generate]]) => ({ name, description, generate }));
