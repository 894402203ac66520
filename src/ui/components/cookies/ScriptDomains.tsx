/**
 * The script allow-list (the Postman app's "Domains Allowlist"): the domains whose cookies
 * scripts may reach with `pm.cookies.jar()`, with add and remove. Empty until the user adds one.
 */
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { checkDomain } from "./cookieForm";

/** Props of {@link ScriptDomains}. */
export interface ScriptDomainsProps {
  /** The list, or undefined while it is read. */
  domains: readonly string[] | undefined;
  /** Stores a new list; false when it failed (the input keeps what was typed). */
  onChange: (domains: readonly string[]) => Promise<boolean>;
}

/** Lists, adds and removes the domains scripts may reach. */
export function ScriptDomains(props: ScriptDomainsProps) {
  const [draft, setDraft] = createSignal("");
  const [error, setError] = createSignal("");
  const id = createUniqueId();
  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const list = props.domains;
    if (!list) return;
    const checked = checkDomain(draft());
    if (!checked.ok) return setError(checked.error);
    if (list.includes(checked.domain)) return setError(`${checked.domain} is already allowed.`);
    setError("");
    if (await props.onChange([...list, checked.domain])) setDraft("");
  };
  return (
    <section class="cookie-scripts" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="cookie-section-title">
        Script access
      </h3>
      <p class="cookie-hint">
        Scripts' <code>pm.cookies.jar()</code> can only reach cookies of these domains and their
        subdomains.
      </p>
      <Show when={props.domains} fallback={<p class="cookie-hint">Loading…</p>}>
        {(domains) => (
          <Show
            when={domains().length > 0}
            fallback={<p class="cookie-hint">No domains yet: scripts can't reach any cookie.</p>}
          >
            <ul class="cookie-script-list" aria-label="Domains scripts may reach">
              <For each={domains()}>
                {(domain) => (
                  <li>
                    <span>{domain}</span>
                    <button
                      type="button"
                      class="button"
                      aria-label={`Remove ${domain} from script access`}
                      onClick={() => void props.onChange(domains().filter((d) => d !== domain))}
                    >
                      Remove
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <form class="cookie-script-add" noValidate onSubmit={(e) => void add(e)}>
        <label for={`${id}-input`}>Domain scripts may reach</label>
        <input
          id={`${id}-input`}
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder="api.example.com"
          value={draft()}
          aria-invalid={error() ? "true" : undefined}
          aria-describedby={error() ? `${id}-error` : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={!props.domains}>
          Add domain
        </button>
        <Show when={error()}>
          <span id={`${id}-error`} class="cookie-form-error" role="alert">
            {error()}
          </span>
        </Show>
      </form>
    </section>
  );
}
