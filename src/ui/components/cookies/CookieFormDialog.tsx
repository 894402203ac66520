/**
 * The "Add cookie" / "Edit cookie" dialog: name, value, domain, path, expiry (empty: a session
 * cookie), Secure and HttpOnly. Checked on Save (see ./cookieForm.ts); a field that fails says why
 * under it and takes the focus. It closes once the save went through.
 */
import { For, Show, createSignal, createUniqueId } from "solid-js";
import { createStore } from "solid-js/store";
import type { CookieRecord } from "../../../core/cookies/types";
import { Dialog } from "../common/Dialog";
import type { CookieFormErrors, CookieFormValues } from "./cookieForm";
import { cookieFromForm, formOf } from "./cookieForm";

/** Props of {@link CookieFormDialog}. */
export interface CookieFormDialogProps {
  /** The cookie to edit; undefined adds one. */
  cookie?: CookieRecord;
  /** Saves the checked record (replacing `cookie`); false keeps the dialog open. */
  onSave: (cookie: CookieRecord, previous?: CookieRecord) => Promise<boolean>;
  onClose: () => void;
}

type TextKey = "name" | "value" | "domain" | "path" | "expires";
const TEXT_FIELDS: { key: TextKey; label: string; type: string; placeholder?: string }[] = [
  { key: "name", label: "Name", type: "text" },
  { key: "value", label: "Value", type: "text" },
  { key: "domain", label: "Domain", type: "text", placeholder: "api.example.com" },
  { key: "path", label: "Path", type: "text" },
  { key: "expires", label: "Expires", type: "datetime-local" },
];

/** Adds or edits one cookie in a small modal dialog (over the manager). */
export function CookieFormDialog(props: CookieFormDialogProps) {
  // eslint-disable-next-line solid/reactivity -- the form starts from the cookie as opened
  const [form, setForm] = createStore<CookieFormValues>(formOf(props.cookie));
  const [errors, setErrors] = createSignal<CookieFormErrors>({});
  const [busy, setBusy] = createSignal(false);
  const id = createUniqueId();
  const inputs: Partial<Record<TextKey, HTMLInputElement>> = {};
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    const checked = cookieFromForm({ ...form }, props.cookie);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = TEXT_FIELDS.find((f) => checked.errors[f.key]);
      if (first) inputs[first.key]?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const saved = await props.onSave(checked.cookie, props.cookie);
    setBusy(false);
    if (saved) props.onClose();
  };
  return (
    <Dialog
      open
      title={props.cookie ? "Edit cookie" : "Add cookie"}
      onClose={() => props.onClose()}
    >
      <form class="cookie-form" noValidate onSubmit={(e) => void submit(e)}>
        <For each={TEXT_FIELDS}>
          {(f) => (
            <div class="field">
              <label for={`${id}-${f.key}`}>{f.label}</label>
              <input
                ref={(el) => (inputs[f.key] = el)}
                id={`${id}-${f.key}`}
                type={f.type}
                spellcheck={false}
                autocomplete="off"
                placeholder={f.placeholder}
                value={form[f.key]}
                aria-invalid={errors()[f.key] ? "true" : undefined}
                aria-describedby={errors()[f.key] ? `${id}-${f.key}-error` : undefined}
                onInput={(e) => setForm(f.key, e.currentTarget.value)}
              />
              <Show when={errors()[f.key]}>
                {(message) => (
                  <span id={`${id}-${f.key}-error`} class="cookie-form-error">
                    {message()}
                  </span>
                )}
              </Show>
            </div>
          )}
        </For>
        <p class="cookie-hint">Leave Expires empty for a session cookie.</p>
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={form.secure}
            onChange={(e) => setForm("secure", e.currentTarget.checked)}
          />
          Secure
        </label>
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={form.httpOnly}
            onChange={(e) => setForm("httpOnly", e.currentTarget.checked)}
          />
          HttpOnly
        </label>
        <div class="dialog-actions">
          <button type="button" class="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="button button-primary" disabled={busy()}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
