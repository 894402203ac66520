/** The embed page's request chooser: one toggle button per request, named "<METHOD> <name>". */
import { For } from "solid-js";
import type { EmbedRequest } from "../../core/share/embedCollection";

/** Props of {@link RequestList}. */
export interface RequestListProps {
  requests: readonly EmbedRequest[];
  chosen: number;
  onChoose: (index: number) => void;
}

/** One request's full name: folders, then the request ("Users / Get user"). */
export const fullName = (e: EmbedRequest): string => [...e.path, e.request.name].join(" / ");

/** Renders the buttons; the chosen one is pressed. */
export function RequestList(props: RequestListProps) {
  return (
    <nav aria-label="Requests">
      <ul class="embed-requests">
        <For each={props.requests}>
          {(entry, i) => (
            <li>
              <button
                type="button"
                class="embed-request-button"
                aria-pressed={props.chosen === i()}
                title={fullName(entry)}
                onClick={() => props.onChoose(i())}
              >
                <span class={`embed-method method-${entry.request.method.toLowerCase()}`}>
                  {entry.request.method}
                </span>{" "}
                <span>{entry.request.name}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
