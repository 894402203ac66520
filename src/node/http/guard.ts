/**
 * Where a send may go (the team proxy's allow-list and its refusal of private and link-local
 * addresses, src/node/agent/targets.ts). The address check runs inside the socket's own DNS
 * lookup, and the socket connects to exactly the addresses that passed it: no second lookup an
 * attacker's DNS could answer differently (DNS rebinding between check and connect).
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";

/** Decides which targets a send may reach. */
export interface TargetPolicy {
  /** Why `url` is refused before any connection (a host off the allow-list, a literal private
   * IP), or undefined. Runs for every redirect hop too. */
  checkUrl(url: URL): string | undefined;
  /** Why a resolved (or literal) IP address is refused, or undefined. */
  checkAddress(address: string): string | undefined;
}

/** Node's error for a refused target: sendErrorOf turns it into TARGET_REFUSED. */
export class TargetRefused extends Error {
  readonly code = "TARGET_REFUSED";
}

type Entry = { address: string; family: number };

/** A DNS lookup that only returns addresses `policy` allows (all refused → an error). */
export function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, "", 0);
      const entries = found as unknown as Entry[];
      const reasons = entries.map((e) => policy.checkAddress(e.address));
      const allowed = entries.filter((_, i) => reasons[i] === undefined);
      const first = allowed[0];
      if (!first) {
        const why = reasons.find((r) => r !== undefined) ?? `${hostname} has no address`;
        return callback(new TargetRefused(`${hostname} resolves to ${why}`), "", 0);
      }
      if ((options as { all?: boolean }).all) {
        (callback as unknown as (e: null, all: Entry[]) => void)(null, allowed);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

const pools = new WeakMap<TargetPolicy, { http: http.Agent; https: https.Agent }>();

/**
 * The keep-alive pools for sends under `policy`: its own, so a socket opened without the guard
 * (another policy, or none, in the same process) is never reused for a guarded send.
 */
export function guardedPools(policy: TargetPolicy): { http: http.Agent; https: https.Agent } {
  let p = pools.get(policy);
  if (!p) {
    const lookup = guardedLookup(policy);
    p = {
      http: new http.Agent({ keepAlive: true, lookup }),
      https: new https.Agent({ keepAlive: true, lookup }),
    };
    pools.set(policy, p);
  }
  return p;
}
