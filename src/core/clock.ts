/**
 * Core never reads the clock or randomness directly: hosts inject them, so tests are
 * deterministic and core runs the same in the browser, a worker and Node.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
  /** A v4 UUID. */
  uuid(): string;
}

/** Deterministic random source for tests (mulberry32). */
export function makeSeededRandom(seed: number): RandomSource {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join("");
  return {
    next,
    uuid: () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}

/** A clock frozen at `t` (tests). */
export const makeFixedClock = (t: number): Clock => ({ now: () => t });
