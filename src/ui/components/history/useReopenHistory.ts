/**
 * Reopening a history entry: a new unsaved tab holding the request as it was sent, showing the
 * response it got (read back with its body).
 */
import type { HistoryEntry } from "../../../core/model";
import { useHistory, useSend, useTabs } from "../../host/hooks";
import { historyResponseState } from "./historyResponse";

/** Returns the reopen action; call inside `<HostProvider>`. */
export function useReopenHistory(): (entry: HistoryEntry) => Promise<void> {
  const tabs = useTabs();
  const send = useSend();
  const history = useHistory();
  return async (entry) => {
    const tabId = tabs.openNew({
      ...structuredClone(entry.request),
      name: entry.request.name || "From history",
    });
    const full = (await history.get(entry.id).catch(() => undefined)) ?? entry;
    // A Send started meanwhile wins over the stored response.
    if (!send.store.sending(tabId)) send.store.show(tabId, historyResponseState(full));
  };
}
