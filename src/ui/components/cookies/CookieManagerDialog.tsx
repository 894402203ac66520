/**
 * The "Cookies" dialog: the workspace's cookie jar by domain, with a filter, "Add cookie", edit
 * and delete per cookie, "Clear <domain>" and "Clear all" (both confirmed), and the domains
 * scripts may reach. At most {@link COOKIES_SHOWN} rows render; the filter narrows the rest.
 */
import { For, Show, createMemo, createSignal } from "solid-js";
import type { CookieRecord } from "../../../core/cookies/types";
import { useCookies } from "../../host/hooks";
import { ConfirmDialog } from "../common/ConfirmDialog";
import { Dialog } from "../common/Dialog";
import { COOKIES_SHOWN } from "./cookieGroups";
import { CookieFormDialog } from "./CookieFormDialog";
import { CookieGroup } from "./CookieGroup";
import { createCookieManager } from "./createCookieManager";
import { ScriptDomains } from "./ScriptDomains";
import "./cookies.css";

/** Props of {@link CookieManagerDialog}. */
export interface CookieManagerDialogProps {
  open: boolean;
  onClose: () => void;
}

function CookieManager() {
  const manager = createCookieManager(useCookies());
  const view = () => manager.view();
  // Groups by domain name, so a re-read keeps each domain's table (and what has the focus).
  const groups = createMemo(() => new Map(view().groups.map((g) => [g.domain, g])));
  const domains = () => [...groups().keys()];
  // The open form: { cookie } edits it, {} adds one.
  const [editing, setEditing] = createSignal<{ cookie?: CookieRecord }>();
  // The clear being confirmed: { domain } clears one domain, {} clears all.
  const [clearing, setClearing] = createSignal<{ domain?: string }>();
  const clear = (target: { domain?: string }) =>
    target.domain === undefined ? manager.clearAll() : manager.clearDomain(target.domain);
  return (
    <div class="cookie-manager">
      <div class="cookie-tools">
        <input
          type="search"
          class="cookie-filter"
          aria-label="Filter cookies"
          placeholder="Filter by domain or name"
          value={manager.query()}
          onInput={(e) => manager.setQuery(e.currentTarget.value)}
        />
        <button type="button" class="button" onClick={() => setEditing({})}>
          Add cookie
        </button>
        <button
          type="button"
          class="button"
          disabled={manager.cookies().length === 0}
          onClick={() => setClearing({})}
        >
          Clear all
        </button>
      </div>
      <div class="cookie-list">
        <Show
          when={view().groups.length > 0}
          fallback={
            <p class="cookie-empty">
              {manager.cookies().length > 0
                ? "No cookies match."
                : "No cookies yet. Cookies that responses set are kept here, or add one."}
            </p>
          }
        >
          <For each={domains()}>
            {(domain) => (
              <CookieGroup
                group={groups().get(domain) ?? { domain, count: 0, cookies: [] }}
                onEdit={(cookie) => setEditing({ cookie })}
                onDelete={(cookie) => void manager.remove(cookie)}
                onClear={(domain) => setClearing({ domain })}
              />
            )}
          </For>
        </Show>
        <Show when={view().hidden > 0}>
          <p class="cookie-more">
            {view().hidden} more — filter to narrow (showing the first {COOKIES_SHOWN} of{" "}
            {view().matched}).
          </p>
        </Show>
      </div>
      <ScriptDomains
        domains={manager.scriptDomains()}
        onChange={(domains) => manager.setScriptDomains(domains)}
      />
      <ConfirmDialog
        open={clearing() !== undefined}
        title={clearing()?.domain ? `Clear ${clearing()?.domain}?` : "Clear all cookies?"}
        message={
          clearing()?.domain
            ? `Every cookie of ${clearing()?.domain} will be deleted.`
            : "Every cookie of this workspace will be deleted. This can't be undone."
        }
        choices={[
          { value: "cancel", label: "Cancel" },
          { value: "clear", label: "Clear", primary: true },
        ]}
        cancelValue="cancel"
        onChoose={(choice) => {
          const target = clearing();
          setClearing(undefined);
          if (choice === "clear" && target) void clear(target);
        }}
      />
      <Show when={editing()} keyed>
        {(form) => (
          <CookieFormDialog
            cookie={form.cookie}
            onSave={(cookie, previous) => manager.save(cookie, previous)}
            onClose={() => setEditing(undefined)}
          />
        )}
      </Show>
    </div>
  );
}

/** The cookie manager in a large modal dialog; its live list exists only while it is open. */
export function CookieManagerDialog(props: CookieManagerDialogProps) {
  return (
    <Dialog open={props.open} title="Cookies" onClose={() => props.onClose()} largeWidth={960}>
      <Show when={props.open}>
        <CookieManager />
      </Show>
      <div class="dialog-actions">
        <button type="button" class="button button-primary" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
