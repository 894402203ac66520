/** Internet-flavoured dynamic variables: addresses, emails, URLs, agents. */
import type { Deps } from "../../factory";
import type { DynamicVariable } from "./random";
import { ALNUM, HEX, chars, defs, int, pick } from "./random";
import * as W from "./words";

const domainWord = (d: Deps) =>
  `${pick(d, W.LAST_NAMES)}-${pick(d, W.NOUNS)}`.toLowerCase().replace(/\s+/g, "-");
const domainName = (d: Deps) => `${domainWord(d)}.${pick(d, W.DOMAIN_SUFFIXES)}`;
const userName = (d: Deps) =>
  `${pick(d, W.FIRST_NAMES)}${pick(d, [".", "_", ""])}${pick(d, W.LAST_NAMES)}${int(d, 0, 99)}`;
const hexGroup = (d: Deps) => chars(d, HEX, 4);

export const INTERNET_VARIABLES: DynamicVariable[] = defs({
  $randomIP: [
    "A random IPv4 address",
    (d) => Array.from({ length: 4 }, () => int(d, 0, 255)).join("."),
  ],
  $randomIPV6: [
    "A random IPv6 address",
    (d) => Array.from({ length: 8 }, () => hexGroup(d)).join(":"),
  ],
  $randomMACAddress: [
    "A random MAC address",
    (d) => Array.from({ length: 6 }, () => chars(d, HEX, 2)).join(":"),
  ],
  $randomPassword: [
    "A random 15-character alphanumeric password",
    (d) => chars(d, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 15),
  ],
  $randomLocale: ["A random two-letter language code (ISO 639-1)", (d) => pick(d, W.LOCALES)],
  $randomUserAgent: ["A random browser user agent", (d) => pick(d, W.USER_AGENTS)],
  $randomProtocol: ["http or https", (d) => pick(d, W.PROTOCOLS)],
  $randomDomainName: ["A random domain name (e.g. smith-port.net)", domainName],
  $randomDomainSuffix: [
    "A random domain suffix (e.g. com, org)",
    (d) => pick(d, W.DOMAIN_SUFFIXES),
  ],
  $randomDomainWord: ["A random domain word without dots", domainWord],
  $randomEmail: ["A random email address", (d) => `${userName(d)}@${pick(d, W.EMAIL_DOMAINS)}`],
  $randomExampleEmail: [
    "A random email address at an example domain",
    (d) => `${userName(d)}@example.${pick(d, ["com", "net", "org"])}`,
  ],
  $randomUserName: ["A random username", userName],
  $randomUrl: ["A random URL", (d) => `${pick(d, W.PROTOCOLS)}://${domainName(d)}`],
});
