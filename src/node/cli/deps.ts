/** The real clock and randomness for the command line (core takes them injected). */
import { randomUUID } from "node:crypto";
import type { Deps } from "../../core/factory";

/** Date.now, Math.random and crypto's UUIDs. */
export const nodeDeps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid: () => randomUUID() },
};
