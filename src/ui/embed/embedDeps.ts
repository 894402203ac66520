/**
 * The embed page's clock and random source. The app's own (ui/host/browserStorage.ts) sits beside
 * its database, which the embed page must never load, so this is a copy of the small part it needs.
 */
import type { Deps } from "../../core/factory";

/** A v4 UUID (randomUUID needs a secure context; otherwise built from getRandomValues). */
function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The browser's clock and randomness, for the entities the embed page builds in memory. */
export const embedDeps: Deps = {
  clock: { now: () => Date.now() },
  random: { next: () => Math.random(), uuid },
};
