/** One cookie in its domain's table: name, value (cut short; whole on focus), path, expiry, flags. */
import type { CookieRecord } from "../../../core/cookies/types";
import { expiryOf } from "./cookieForm";
import { formatExpiry } from "./cookieGroups";

/** "session on api.test", or "session on api.test/admin" off the root path: names one cookie. */
export const cookieLabel = (c: CookieRecord): string =>
  `${c.key} on ${c.domain}${c.path === "/" ? "" : c.path}`;

/** Props of {@link CookieRow}. */
export interface CookieRowProps {
  cookie: CookieRecord;
  onEdit: (cookie: CookieRecord) => void;
  onDelete: (cookie: CookieRecord) => void;
}

/** A table row with "Edit" and "Delete" buttons named after the cookie. */
export function CookieRow(props: CookieRowProps) {
  const expiry = () => expiryOf(props.cookie);
  const flags = () =>
    [props.cookie.secure && "Secure", props.cookie.httpOnly && "HttpOnly"]
      .filter(Boolean)
      .join(" ");
  return (
    <tr>
      <th scope="row" class="cookie-name">
        {props.cookie.key}
      </th>
      <td>
        <span class="cookie-value" tabIndex={0} title={props.cookie.value}>
          {props.cookie.value}
        </span>
      </td>
      <td class="cookie-path">{props.cookie.path}</td>
      <td class="cookie-expires">
        {expiry() === undefined ? (
          "Session"
        ) : (
          <time datetime={expiry()}>{formatExpiry(expiry())}</time>
        )}
      </td>
      <td class="cookie-flags">{flags()}</td>
      <td class="cookie-actions">
        <button
          type="button"
          class="button"
          aria-label={`Edit cookie ${cookieLabel(props.cookie)}`}
          onClick={() => props.onEdit(props.cookie)}
        >
          Edit
        </button>
        <button
          type="button"
          class="button"
          aria-label={`Delete cookie ${cookieLabel(props.cookie)}`}
          onClick={() => props.onDelete(props.cookie)}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
