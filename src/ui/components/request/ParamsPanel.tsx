/** The Params tab: query parameters (in step with the URL) and the URL's `:path` variables. */
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import type { Request } from "../../../core/model";
import type { VariableLookup } from "../../../core/variables/lookup";
import { KeyValueTable } from "./KeyValueTable";
import { withParams } from "./requestUpdates";
import { blankRow } from "./rows";

/** Props of {@link ParamsPanel}. */
export interface ParamsPanelProps {
  request: Request;
  onChange: (next: Request) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
}

/** Renders both tables; path variables appear only when the URL has `:name` segments. */
export function ParamsPanel(props: ParamsPanelProps): JSX.Element {
  return (
    <div class="request-section">
      <h3 class="request-section-title">Query parameters</h3>
      <KeyValueTable
        label="Query parameters"
        rows={props.request.params}
        onChange={(params) => props.onChange(withParams(props.request, params))}
        blank={blankRow}
        lookup={props.lookup}
        variableNames={props.variableNames}
        showDescription
      />
      <Show when={props.request.pathVariables.length > 0}>
        <h3 class="request-section-title">Path variables</h3>
        <KeyValueTable
          label="Path variables"
          rows={props.request.pathVariables}
          onChange={(pathVariables) => props.onChange({ ...props.request, pathVariables })}
          blank={blankRow}
          lookup={props.lookup}
          variableNames={props.variableNames}
          fixedKeys
          showDescription
        />
      </Show>
    </div>
  );
}
