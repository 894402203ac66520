/**
 * Which domains scripts may reach through `pm.cookies.jar()`. Newman lets scripts reach every
 * domain; the Postman app only those on the cookie manager's allow-list ("Domains Allowlist").
 * A host passes the list (undefined: every domain, as Newman); a domain is allowed when it is an
 * entry or a subdomain of one.
 */

/** The host of an absolute URL, lower case without a trailing dot, or undefined. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  const host = m?.[1]?.toLowerCase().replace(/\.+$/, "");
  return host ? host : undefined;
}

/** A predicate for `allowed` (undefined when every domain is allowed). */
export function domainAllowList(
  allowed: readonly string[] | undefined,
): ((domain: string) => boolean) | undefined {
  if (allowed === undefined) return undefined;
  const entries = allowed.map((d) => d.toLowerCase().replace(/^\.+|\.+$/g, "")).filter(Boolean);
  return (domain) => {
    const d = domain.toLowerCase().replace(/^\.+|\.+$/g, "");
    return d !== "" && entries.some((e) => d === e || d.endsWith(`.${e}`));
  };
}

/** Postman's words for a domain scripts may not touch. */
export const accessDenied = (domain: string) =>
  `CookieStore: programmatic access to "${domain}" is denied`;
