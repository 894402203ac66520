/**
 * The clock and random source the core gets from a try-it panel: the wall clock, and the Web
 * Crypto API's randomness (so every PKCE verifier and OAuth `state` is unpredictable).
 */
import type { Deps } from "../../core/factory";

const cryptoFloat = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** Deps for the core in a browser page. */
export const browserDeps: Deps = {
  clock: { now: () => Date.now() },
  random: {
    next: cryptoFloat,
    uuid: () =>
      typeof crypto.randomUUID === "function"
        ? crypto.randomUUID()
        : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) =>
            (Number(c) ^ (Math.floor(cryptoFloat() * 16) >> (Number(c) / 4))).toString(16),
          ),
  },
};
