/** The URL bar: method, URL (Enter sends; pasting a cURL command fills the request) and Send / Cancel. */
import type { JSX } from "solid-js";
import { looksLikeCurl } from "../../../core/import/curl/looksLikeCurl";
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
  /** A cURL command was pasted into the URL field (replaces the draft; see import/pasteCurl). */
  onPasteCurl?: (command: string) => void;
}

/** Renders the bar. */
export function UrlBar(props: UrlBarProps): JSX.Element {
  return (
    <div
      class="url-bar"
      onPaste={(e) => {
        const text = e.clipboardData?.getData("text/plain") ?? "";
        const inUrl = (e.target as HTMLElement).getAttribute("aria-label") === "URL";
        if (!props.onPasteCurl || !inUrl || !looksLikeCurl(text)) return;
        e.preventDefault();
        props.onPasteCurl(text);
      }}
    >
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
