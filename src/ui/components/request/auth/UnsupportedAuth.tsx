/**
 * An imported auth type Satchel has no editor or signer for (e.g. ASAP): what happens to it, and
 * its attributes read-only (secret-named ones masked, by the secrets policy's rule).
 */
import type { JSX } from "solid-js";
import { For } from "solid-js";
import type { Auth } from "../../../../core/model";
import { isSecretName } from "../../../../core/secrets/names";

/** A read-only attribute's text; ones named like a secret are masked. */
function shownAttribute(key: string, value: unknown): string {
  if (isSecretName(key) && value !== "") return "•••••";
  return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
}

/** Renders the note and the attribute list. */
export function UnsupportedAuth(props: { auth: Auth }): JSX.Element {
  return (
    <>
      <p class="request-note">
        {`Satchel cannot edit or sign ${props.auth.type} auth. Its attributes are kept as ` +
          "imported, but a request that uses it is not sent: pick another type to send it."}
      </p>
      <dl class="auth-attributes" aria-label="Auth attributes">
        <For each={props.auth.attributes}>
          {(a) => (
            <>
              <dt>{a.key}</dt>
              <dd>{shownAttribute(a.key, a.value)}</dd>
            </>
          )}
        </For>
      </dl>
    </>
  );
}
