/** One domain in the cookie manager: a heading with its count and "Clear <domain>", then a table. */
import { For } from "solid-js";
import type { CookieRecord } from "../../../core/cookies/types";
import type { CookieGroup as Group } from "./cookieGroups";
import { CookieRow } from "./CookieRow";

/** Props of {@link CookieGroup}. */
export interface CookieGroupProps {
  group: Group;
  onEdit: (cookie: CookieRecord) => void;
  onDelete: (cookie: CookieRecord) => void;
  /** Asks to clear the domain (the caller confirms). */
  onClear: (domain: string) => void;
}

/** A domain's heading and cookie table. */
export function CookieGroup(props: CookieGroupProps) {
  const count = () => `${props.group.count} ${props.group.count === 1 ? "cookie" : "cookies"}`;
  return (
    <section class="cookie-group" aria-label={props.group.domain}>
      <div class="cookie-group-head">
        <h3 class="cookie-domain">
          {props.group.domain} <span class="cookie-count">({count()})</span>
        </h3>
        <button type="button" class="button" onClick={() => props.onClear(props.group.domain)}>
          Clear {props.group.domain}
        </button>
      </div>
      <table class="cookie-table" aria-label={`Cookies of ${props.group.domain}`}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Path</th>
            <th scope="col">Expires</th>
            <th scope="col">Flags</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.group.cookies}>
            {(cookie) => (
              <CookieRow
                cookie={cookie}
                onEdit={(c) => props.onEdit(c)}
                onDelete={(c) => props.onDelete(c)}
              />
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
