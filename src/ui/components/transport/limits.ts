/** What a transport cannot see or do, in words for the response area. */
import type { TransportCapabilities } from "../../../core/http/transport";

/** The command that starts the local agent. */
export const AGENT_COMMAND = "npx satchel agent";

const GAPS: [keyof TransportCapabilities, string][] = [
  ["anyHeader", "some headers (Cookie, Host, Origin, User-Agent…)"],
  ["seesSetCookie", "Set-Cookie"],
  ["controlsRedirects", "each redirect"],
  ["timingPhases", "timing phases"],
  ["tlsOptions", "TLS options"],
  ["privateNetwork", "private networks"],
];

/** The things `capabilities` leaves out, e.g. ["Set-Cookie", "each redirect"]. */
export function transportGaps(capabilities: TransportCapabilities): string[] {
  return GAPS.filter(([key]) => !capabilities[key]).map(([, words]) => words);
}
