/**
 * Hosts a spec's `$ref` can never make Satchel fetch, whatever the user allows: link-local
 * addresses and cloud metadata services. From a cloud VM, or through the local agent, a GET there
 * reads the instance's credentials; no API description has a reason to live there.
 * Names are checked as the WHATWG URL parser leaves them (lower case, IPv4 in dotted decimal
 * whatever form was written, IPv6 in brackets), so `http://2852039166/` is caught as
 * 169.254.169.254. A name that merely resolves to such an address (DNS rebinding) cannot be seen
 * from a browser; that is a known limit.
 * @see https://datatracker.ietf.org/doc/html/rfc3927 (IPv4 link-local, 169.254.0.0/16)
 * @see https://datatracker.ietf.org/doc/html/rfc4291#section-2.5.6 (IPv6 link-local, fe80::/10)
 */

/** Metadata services by name, with whose they are. */
const METADATA_NAMES = new Map([
  ["metadata.google.internal", "Google Cloud's metadata service"],
  ["metadata.goog", "Google Cloud's metadata service"],
  ["metadata", "Google Cloud's metadata service"],
  ["instance-data", "Amazon EC2's metadata service"],
  ["instance-data.ec2.internal", "Amazon EC2's metadata service"],
  ["metadata.tencentyun.com", "Tencent Cloud's metadata service"],
]);

/** Metadata services at addresses outside the link-local ranges. */
const METADATA_IPV4 = new Map([
  ["100.100.100.200", "Alibaba Cloud's metadata service"],
  ["192.0.0.192", "Oracle Cloud's metadata service"],
]);

/** The four bytes of a dotted-decimal IPv4 address, or undefined. */
function ipv4Bytes(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  const bytes = m?.slice(1).map(Number);
  return bytes?.every((b) => b <= 255) ? bytes : undefined;
}

/** The eight 16-bit words of an IPv6 address (no brackets), or undefined. */
function ipv6Words(host: string): number[] | undefined {
  let text = host;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (tail) {
    const b = ipv4Bytes(tail);
    if (!b) return undefined;
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = b;
    const hex = (n: number) => n.toString(16);
    text = `${text.slice(0, -tail.length)}${hex((b0 << 8) | b1)}:${hex((b2 << 8) | b3)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const words = (part: string) =>
    part === ""
      ? []
      : part.split(":").map((w) => (/^[0-9a-f]{1,4}$/i.test(w) ? parseInt(w, 16) : NaN));
  const head = words(halves[0] ?? "");
  const rest = halves.length === 2 ? words(halves[1] ?? "") : [];
  const fill = 8 - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const all = [...head, ...new Array<number>(fill).fill(0), ...rest];
  return all.some(Number.isNaN) ? undefined : all;
}

function ipv4Reason(bytes: readonly number[]): string | undefined {
  const dotted = bytes.join(".");
  if (bytes[0] === 169 && bytes[1] === 254) {
    return `${dotted} is a link-local address (169.254.0.0/16), where cloud metadata services answer`;
  }
  const service = METADATA_IPV4.get(dotted);
  return service ? `${dotted} is ${service}` : undefined;
}

function ipv6Reason(words: readonly number[], shown: string): string | undefined {
  const [w0 = 0, w1 = 0] = words;
  if ((w0 & 0xffc0) === 0xfe80) return `${shown} is a link-local address (fe80::/10)`;
  if ((w0 & 0xff00) === 0xfd00) {
    return `${shown} is in fd00::/8, where cloud metadata services answer (fd00:ec2::254)`;
  }
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d).
  const mapped = words.slice(0, 5).every((w) => w === 0) && (words[5] === 0xffff || words[5] === 0);
  const nat64 = w0 === 0x64 && w1 === 0xff9b && words.slice(2, 6).every((w) => w === 0);
  if (!mapped && !nat64) return undefined;
  const [w6 = 0, w7 = 0] = words.slice(6);
  const inner = ipv4Reason([w6 >> 8, w6 & 0xff, w7 >> 8, w7 & 0xff]);
  return inner ? `${shown} embeds an IPv4 address: ${inner}` : undefined;
}

/**
 * Why `hostname` (as `URL.hostname` gives it) is never fetched, or undefined when it may be.
 * Refused: 169.254.0.0/16, fe80::/10, fd00::/8, those IPv4 ranges inside IPv6 (mapped,
 * compatible, NAT64), 100.100.100.200, 192.0.0.192 and the metadata names above.
 */
export function refusedHostReason(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  const named = METADATA_NAMES.get(host);
  if (named) return `${host} is ${named}`;
  const v4 = ipv4Bytes(host);
  if (v4) return ipv4Reason(v4);
  if (host.startsWith("[") && host.endsWith("]")) {
    const words = ipv6Words(host.slice(1, -1));
    return words ? ipv6Reason(words, host) : `${host} is not an address`;
  }
  return undefined;
}
