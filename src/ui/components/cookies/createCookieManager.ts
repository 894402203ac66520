/**
 * The cookie manager's state and actions over the host's `CookiesService`: the live cookie list
 * (ends with the caller's owner), the filter, the rows to show, edits, and the script allow-list.
 * A failed write becomes an error toast and the action reports `false`.
 */
import type { Accessor } from "solid-js";
import { createMemo, createSignal } from "solid-js";
import type { CookieId, CookieRecord } from "../../../core/cookies/types";
import { errorText } from "../../commands/errorText";
import type { CookiesService } from "../../host/cookies";
import { notify } from "../../stores/toasts";
import { cookieIdOf, sameCookie } from "./cookieForm";
import type { CookieView } from "./cookieGroups";
import { filterCookies, groupCookies, reuseUnchanged } from "./cookieGroups";

/** What {@link createCookieManager} returns. */
export interface CookieManager {
  cookies: Accessor<readonly CookieRecord[]>;
  query: Accessor<string>;
  setQuery: (query: string) => void;
  view: Accessor<CookieView>;
  /** Puts `cookie`; when it replaces `previous` under another id, deletes that first. */
  save(cookie: CookieRecord, previous?: CookieRecord): Promise<boolean>;
  remove(id: CookieId): Promise<boolean>;
  clearDomain(domain: string): Promise<boolean>;
  clearAll(): Promise<boolean>;
  /** The script allow-list, or undefined until it is read. */
  scriptDomains: Accessor<readonly string[] | undefined>;
  setScriptDomains(domains: readonly string[]): Promise<boolean>;
}

/** The manager's state; call inside a reactive owner (the live list ends with it). */
export function createCookieManager(service: CookiesService): CookieManager {
  const live = service.list();
  const cookies = createMemo((prev: readonly CookieRecord[]) => reuseUnchanged(prev, live()), []);
  const [query, setQuery] = createSignal("");
  const view = createMemo(() => groupCookies(filterCookies(cookies(), query())));
  const [scriptDomains, setDomains] = createSignal<readonly string[]>();
  const attempt = async (action: string, op: () => Promise<void>) => {
    try {
      await op();
      return true;
    } catch (error) {
      notify({ kind: "error", message: errorText(action, error) });
      return false;
    }
  };
  void attempt("read the script allow-list", async () => {
    setDomains(await service.scriptDomains());
  });
  return {
    cookies,
    query,
    setQuery,
    view,
    save: (cookie, previous) =>
      attempt("save the cookie", async () => {
        if (previous && !sameCookie(previous, cookie)) await service.delete(cookieIdOf(previous));
        await service.put(cookie);
      }),
    remove: (id) => attempt("delete the cookie", () => service.delete(cookieIdOf(id))),
    clearDomain: (domain) => attempt("clear the cookies", () => service.clearDomain(domain)),
    clearAll: () => attempt("clear the cookies", () => service.clear()),
    scriptDomains,
    setScriptDomains: (domains) =>
      attempt("save the script allow-list", async () => {
        await service.setScriptDomains(domains);
        setDomains(await service.scriptDomains());
      }),
  };
}
