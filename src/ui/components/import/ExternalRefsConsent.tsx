/**
 * Asks before a spec fetched from a URL loads the documents its `$ref`s name. They are listed by
 * scope (the spec's folder, the rest of its origin, each other origin; see
 * core/import/openapi/refConsent.ts), each scope with its own checkbox — the spec's folder ticked,
 * the others not — and nothing is fetched until "Load referenced files". Refused references
 * (link-local, metadata services, not http) are listed with the reason, with no checkbox.
 */
import { For, Show, createMemo, createSignal } from "solid-js";
import type { ExternalRef, RefScope } from "../../../core/import/openapi/refConsent";
import { describeScope, suggestedScopes } from "../../../core/import/openapi/refConsent";

/** Props of {@link ExternalRefsConsent}. */
export interface ExternalRefsConsentProps {
  /** The previewed spec's referenced documents and what became of each. */
  refs: readonly ExternalRef[];
  /** Called with the ticked scope keys when the user confirms. */
  onAllow: (scopes: string[]) => void;
}

interface ScopeGroup {
  scope: RefScope;
  locations: string[];
}

/** Renders nothing when no reference waits or was refused. */
export function ExternalRefsConsent(props: ExternalRefsConsentProps) {
  const groups = createMemo(() => {
    const byKey = new Map<string, ScopeGroup>();
    for (const ref of props.refs) {
      if (ref.status !== "waiting" || !ref.scope) continue;
      const group = byKey.get(ref.scope.key) ?? { scope: ref.scope, locations: [] };
      group.locations.push(ref.location);
      byKey.set(ref.scope.key, group);
    }
    return [...byKey.values()];
  });
  const refused = createMemo(() => props.refs.filter((r) => r.status === "refused"));
  const suggested = createMemo(() => new Set(suggestedScopes(props.refs)));
  const [choices, setChoices] = createSignal<Readonly<Record<string, boolean>>>({});
  const ticked = (key: string) => choices()[key] ?? suggested().has(key);
  const tickedKeys = () => groups().flatMap((g) => (ticked(g.scope.key) ? [g.scope.key] : []));
  return (
    <Show when={groups().length || refused().length}>
      <fieldset class="import-preview">
        <legend>Referenced files</legend>
        <Show when={groups().length}>
          <p>
            This spec refers to other files. Nothing is loaded from them until you choose where
            from.
          </p>
          <For each={groups()}>
            {(group) => (
              <div>
                <label>
                  <input
                    type="checkbox"
                    checked={ticked(group.scope.key)}
                    onChange={(e) =>
                      setChoices((c) => ({ ...c, [group.scope.key]: e.currentTarget.checked }))
                    }
                  />{" "}
                  Load from {describeScope(group.scope)}
                </label>
                <ul aria-label={`Files from ${group.scope.key}`}>
                  <For each={group.locations}>{(location) => <li>{location}</li>}</For>
                </ul>
              </div>
            )}
          </For>
          <button
            type="button"
            class="button"
            disabled={tickedKeys().length === 0}
            onClick={() => props.onAllow(tickedKeys())}
          >
            Load referenced files
          </button>
        </Show>
        <Show when={refused().length}>
          <p>Never loaded:</p>
          <ul aria-label="Refused references">
            <For each={refused()}>
              {(ref) => (
                <li>
                  {ref.location}: {ref.reason}
                </li>
              )}
            </For>
          </ul>
        </Show>
      </fieldset>
    </Show>
  );
}
