/**
 * Cookies: an RFC 6265 jar behind our own interface (./types.ts), loaded on first use, plus the
 * pure parts every host shares — Newman's jar file, the Cookie header merge, Postman's script
 * view and `pm.cookies.jar()` operations.
 */
import type { Clock } from "../clock";
import type { CookieJar, CookieRecord } from "./types";

export type * from "./types";
export { domainAllowList, hostOf } from "./access";
export { parseCookieJarFile, type ParsedJarFile } from "./file";
export { responsesOf, setCookiesOf, withCookieHeader } from "./header";
export { toScriptCookie } from "./scriptCookie";
export { asJarOp, runJarOp, scriptUrl, type JarOp, type JarOpResult } from "./scriptJar";

/**
 * A new jar holding `cookies` (invalid ones left out; expired ones dropped and reported by the
 * first `takeChanges()`). The first call loads tough-cookie (a separate chunk in the browser
 * build); later calls reuse it.
 */
export async function loadCookieJar(options: {
  clock: Clock;
  cookies?: readonly CookieRecord[];
}): Promise<CookieJar> {
  const { makeToughJar } = await import("./toughJar");
  return makeToughJar(options);
}
