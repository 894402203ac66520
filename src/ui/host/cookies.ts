/**
 * The workspace's cookie jar as the host serves it: the cookie manager's rows (kept current) and
 * edits, the domains scripts may reach with `pm.cookies.jar()` (the Postman app's allow-list: in
 * the browser none until the user adds one), and the jar a Send or a run uses.
 */
import type { Accessor } from "solid-js";
import type { CookieId, CookieJar, CookieRecord } from "../../core/cookies/types";
import type { Id } from "../../core/model";
import type { Repos } from "../../db/repos/types";
import type { LiveQuery } from "../primitives/liveQuery";

/** The settings key of the script allow-list. */
export const SCRIPT_DOMAINS_KEY = "cookies.scriptDomains";

/** What the cookie manager and the send/run stores use. */
export interface CookiesService {
  /** The workspace's cookies, by domain, path and name (ends with the caller's owner). */
  list(): Accessor<readonly CookieRecord[]>;
  put(cookie: CookieRecord): Promise<void>;
  delete(id: CookieId): Promise<void>;
  clearDomain(domain: string): Promise<void>;
  clear(): Promise<void>;
  /** Domains (and their subdomains) scripts may reach through `pm.cookies.jar()`. */
  scriptDomains(): Promise<string[]>;
  setScriptDomains(domains: readonly string[]): Promise<void>;
  /** The jar for one Send or run, with the allow-list; `keep` writes what it changed. */
  open(): Promise<{ jar: CookieJar; scriptDomains: readonly string[] }>;
  keep(jar: CookieJar): Promise<void>;
}

/** The service over `repos` for the workspace `workspaceId` names. */
export function makeCookiesService(
  repos: Repos,
  live: LiveQuery,
  workspaceId: () => Promise<Id>,
): CookiesService {
  const scriptDomains = () => repos.settings.get<string[]>(SCRIPT_DOMAINS_KEY, []);
  return {
    list: () => live(async () => repos.cookies.list(await workspaceId()), []),
    put: async (cookie) => repos.cookies.put(await workspaceId(), cookie),
    delete: async (id) => repos.cookies.delete(await workspaceId(), id),
    clearDomain: async (domain) => repos.cookies.clearDomain(await workspaceId(), domain),
    clear: async () => repos.cookies.clear(await workspaceId()),
    scriptDomains,
    setScriptDomains: (domains) =>
      repos.settings.set(
        SCRIPT_DOMAINS_KEY,
        [...new Set(domains.map((d) => d.trim()))].filter(Boolean),
      ),
    async open() {
      const [jar, domains] = await Promise.all([
        workspaceId().then((ws) => repos.cookies.loadJar(ws)),
        scriptDomains(),
      ]);
      return { jar, scriptDomains: domains };
    },
    keep: async (jar) => repos.cookies.saveJar(await workspaceId(), jar),
  };
}
