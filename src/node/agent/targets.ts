/**
 * Where the agent may send: the `--allow-host` list, and for a team proxy no private, loopback or
 * link-local address (a proxy inside a company network or a cloud must not become a way into it,
 * or into the cloud's metadata service). Checked on the URL of every hop and on every address DNS
 * returns, right before the socket connects to it (src/node/http/guard.ts).
 */
import net from "node:net";
import type { TargetPolicy } from "../http/guard";

/** Never reachable through a team proxy, --allow-private or not: link-local and metadata. */
const LINK_LOCAL = new net.BlockList();
LINK_LOCAL.addSubnet("169.254.0.0", 16, "ipv4");
LINK_LOCAL.addSubnet("fe80::", 10, "ipv6");
LINK_LOCAL.addAddress("100.100.100.200", "ipv4"); // Alibaba Cloud metadata
LINK_LOCAL.addAddress("fd00:ec2::254", "ipv6"); // AWS metadata over IPv6

/** Reachable through a team proxy only with --allow-private. */
const PRIVATE: [string, number, "ipv4" | "ipv6", string][] = [
  ["0.0.0.0", 8, "ipv4", "a 'this network' address"],
  ["10.0.0.0", 8, "ipv4", "a private address"],
  ["100.64.0.0", 10, "ipv4", "a shared (carrier-grade NAT) address"],
  ["127.0.0.0", 8, "ipv4", "a loopback address"],
  ["172.16.0.0", 12, "ipv4", "a private address"],
  ["192.0.0.0", 24, "ipv4", "a reserved address"],
  ["192.168.0.0", 16, "ipv4", "a private address"],
  ["198.18.0.0", 15, "ipv4", "a reserved address"],
  ["224.0.0.0", 4, "ipv4", "a multicast address"],
  ["240.0.0.0", 4, "ipv4", "a reserved address"],
  ["::", 128, "ipv6", "the unspecified address"],
  ["::1", 128, "ipv6", "a loopback address"],
  ["fc00::", 7, "ipv6", "a private (unique local) address"],
  ["ff00::", 8, "ipv6", "a multicast address"],
];
const PRIVATE_LISTS = PRIVATE.map(([address, prefix, type, what]) => {
  const list = new net.BlockList();
  list.addSubnet(address, prefix, type);
  return { list, what };
});

const family = (address: string) => (net.isIPv6(address) ? "ipv6" : "ipv4");

/** What kind of forbidden address `address` is, or undefined when it is public. */
export function addressKind(address: string, allowPrivate: boolean): string | undefined {
  if (!net.isIP(address)) return undefined;
  if (LINK_LOCAL.check(address, family(address)))
    return "a link-local address (cloud metadata lives there)";
  if (allowPrivate) return undefined;
  return PRIVATE_LISTS.find(({ list }) => list.check(address, family(address)))?.what;
}

/** Whether `hostname` matches a `--allow-host` pattern (`*`, `*.example.com`, exact). */
export function hostAllowed(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  return patterns.some((p) =>
    p === "*"
      ? true
      : p.startsWith("*.")
        ? host.endsWith(p.slice(1)) && host.length > p.length - 1
        : host === p,
  );
}

export interface TargetRules {
  /** Host patterns; undefined: any host. */
  allowHosts?: readonly string[];
  /** Check addresses at all (the team proxy does; the local agent reaches private networks). */
  guardAddresses: boolean;
  allowPrivate: boolean;
}

/** The TargetPolicy for `rules`. */
export function makeTargetPolicy(rules: TargetRules): TargetPolicy {
  const checkAddress = (address: string) => {
    if (!rules.guardAddresses) return undefined;
    const kind = addressKind(address, rules.allowPrivate);
    if (!kind) return undefined;
    return kind.startsWith("a link-local")
      ? `${address}, ${kind}: a team proxy never connects there`
      : `${address}, ${kind}: a team proxy refuses private, loopback and reserved addresses unless started with --allow-private`;
  };
  return {
    checkAddress,
    checkUrl(url) {
      const hostname = url.hostname.replace(/^\[|\]$/g, "");
      if (rules.allowHosts && !hostAllowed(hostname, rules.allowHosts)) {
        return `${hostname} is not on this agent's list of allowed hosts (--allow-host ${rules.allowHosts.join(", ")})`;
      }
      return net.isIP(hostname) ? checkAddress(hostname) : undefined;
    },
  };
}
