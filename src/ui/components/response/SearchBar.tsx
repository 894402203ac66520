/** The "Search response" box: query, match case / regex toggles, count, previous / next. */
import { Show } from "solid-js";
import type { ResponseSearch } from "./createResponseSearch";

/** Props of {@link SearchBar}. */
export interface SearchBarProps {
  search: ResponseSearch;
  disabled: boolean;
}

function countText(s: ResponseSearch): string {
  const r = s.result();
  if (s.query() === "" || r === undefined) return "";
  if (r.total === 0) return "No matches";
  const total = r.truncated ? `${r.total}+` : String(r.total);
  return `${s.current() + 1} of ${total}`;
}

/** Enter goes to the next match, Shift+Enter to the previous one. */
export function SearchBar(props: SearchBarProps) {
  return (
    <div class="response-search" role="search">
      <input
        type="search"
        class="response-search-input"
        aria-label="Search response"
        placeholder="Search"
        disabled={props.disabled}
        value={props.search.query()}
        onInput={(e) => props.search.setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          if (e.shiftKey) props.search.previous();
          else props.search.next();
        }}
      />
      <button
        type="button"
        class="icon-button"
        aria-label="Match case"
        aria-pressed={props.search.caseSensitive()}
        onClick={() => props.search.setCaseSensitive(!props.search.caseSensitive())}
      >
        Aa
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label="Use regular expression"
        aria-pressed={props.search.regex()}
        onClick={() => props.search.setRegex(!props.search.regex())}
      >
        .*
      </button>
      <span class="response-search-count" aria-live="polite">
        <Show when={props.search.error()} fallback={countText(props.search)}>
          {(message) => <span class="response-search-error">{message()}</span>}
        </Show>
      </span>
      <button
        type="button"
        class="icon-button"
        aria-label="Previous match"
        disabled={(props.search.result()?.total ?? 0) === 0}
        onClick={() => props.search.previous()}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon-button"
        aria-label="Next match"
        disabled={(props.search.result()?.total ?? 0) === 0}
        onClick={() => props.search.next()}
      >
        ↓
      </button>
    </div>
  );
}
