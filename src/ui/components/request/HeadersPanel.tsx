/** The Headers tab: the user's headers, and a read-only list of headers the browser adds. */
import type { JSX } from "solid-js";
import { For, createMemo } from "solid-js";
import { isForbiddenHeader } from "../../../core/http/headers";
import type { Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { draftBrowserHeaders } from "./browserHeaders";
import { KeyValueTable } from "./KeyValueTable";
import { blankRow } from "./rows";

/** The note under a header row a browser refuses to send. */
export const FORBIDDEN_NOTE = "the browser will not send this header";

/** Props of {@link HeadersPanel}. */
export interface HeadersPanelProps {
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  pageOrigin: string;
}

/** Renders the headers table and the browser's own headers. */
export function HeadersPanel(props: HeadersPanelProps): JSX.Element {
  const added = createMemo(() =>
    draftBrowserHeaders(props.request, props.pageOrigin, props.lookup),
  );
  return (
    <div class="request-section">
      <KeyValueTable
        label="Headers"
        rows={props.request.headers}
        onChange={(headers) => props.onChange({ ...props.request, headers })}
        blank={blankRow}
        lookup={props.lookup}
        variableNames={props.variableNames}
        showDescription
        rowNote={(row) =>
          row.key.trim() && isForbiddenHeader(row.key) ? FORBIDDEN_NOTE : undefined
        }
      />
      <h3 class="request-section-title">Headers the browser adds</h3>
      <ul class="browser-headers" aria-label="Headers the browser adds">
        <For each={added()}>
          {([name, value]) => (
            <li>
              <span class="browser-header-name">{name}</span>
              <span class="browser-header-value">{value}</span>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
