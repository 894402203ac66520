/** The URL bar: method, URL (Enter sends) and Send / Cancel. */
import type { JSX } from "solid-js";
import type { VariableLookup } from "../../../core/variables/lookup";
import { MethodSelect } from "./MethodSelect";
import { VarInput } from "./VarInput";

/** Props of {@link UrlBar}. */
export interface UrlBarProps {
  method: string;
  url: string;
  onMethod: (method: string) => void;
  onUrl: (url: string) => void;
  lookup: VariableLookup;
  variableNames?: () => string[];
  sending: boolean;
  onSend: () => void;
  onCancel: () => void;
}

/** Renders the bar. */
export function UrlBar(props: UrlBarProps): JSX.Element {
  return (
    <div class="url-bar">
      <MethodSelect method={props.method} onChange={(m) => props.onMethod(m)} />
      <VarInput
        class="url-input"
        label="URL"
        placeholder="https://example.com/path?query"
        value={props.url}
        onInput={(url) => props.onUrl(url)}
        lookup={props.lookup}
        variableNames={props.variableNames}
        onEnter={() => {
          if (!props.sending) props.onSend();
        }}
      />
      <button
        type="button"
        class="button url-send"
        classList={{ "url-cancel": props.sending }}
        onClick={() => (props.sending ? props.onCancel() : props.onSend())}
      >
        {props.sending ? "Cancel" : "Send"}
      </button>
    </div>
  );
}
