/**
 * The bottom of a panel: "Send" (then "Cancel" while in flight), "Code snippet", the "Open in
 * Satchel" link and the route picker; below them the response and the code view, each loaded
 * the first time it is needed.
 */
import { createSignal, lazy, Show, Suspense } from "solid-js";
import type { HttpRequest } from "../../core/http/transport";
import type { Result } from "../../core/result";
import type { createSender } from "./createSender";
import type { HideablePart } from "./options";
import { RoutePicker } from "./RoutePicker";

const ResponseView = lazy(() =>
  import("./ResponseView").then((m) => ({ default: m.ResponseView })),
);
const CodeSnippet = lazy(() => import("./CodeSnippet").then((m) => ({ default: m.CodeSnippet })));

/** Props of {@link Actions}. */
export interface ActionsProps {
  sender: ReturnType<typeof createSender>;
  build: () => Promise<Result<HttpRequest>>;
  /** Changes with every edit (the code view follows it). */
  version: number;
  openHref: string;
  onOpenIntent: () => void;
  hide: Set<HideablePart>;
  proxyUrl?: string;
  agent: boolean;
}

/** The panel's actions, response and code. */
export function Actions(props: ActionsProps) {
  const [showCode, setShowCode] = createSignal(false);
  const alternatives = () => [
    ...(props.proxyUrl ? ["the proxy"] : []),
    ...(props.agent ? ["a running Satchel agent"] : []),
  ];
  return (
    <>
      <Show when={props.proxyUrl || props.agent}>
        <RoutePicker proxyUrl={props.proxyUrl} agent={props.agent} />
      </Show>
      <div class="actions" part="actions">
        <Show
          when={props.sender.sending()}
          fallback={
            <button
              type="button"
              class="primary"
              part="send"
              onClick={() => void props.sender.send()}
            >
              Send
            </button>
          }
        >
          <button type="button" part="send" onClick={() => props.sender.cancel()}>
            Cancel
          </button>
        </Show>
        <Show when={!props.hide.has("code")}>
          <button type="button" aria-expanded={showCode()} onClick={() => setShowCode(!showCode())}>
            Code snippet
          </button>
        </Show>
        <Show when={!props.hide.has("open")}>
          <a
            class="open"
            part="open"
            href={props.openHref}
            target="_blank"
            rel="noopener"
            onFocus={() => props.onOpenIntent()}
            onPointerEnter={() => props.onOpenIntent()}
          >
            Open in Satchel
          </a>
        </Show>
      </div>
      <Suspense fallback={<p class="hint">Loading…</p>}>
        <Show when={showCode()}>
          <CodeSnippet build={props.build} version={props.version} />
        </Show>
        <Show when={!props.hide.has("response") && props.sender.state().kind !== "idle"}>
          <ResponseView state={props.sender.state()} alternatives={alternatives()} />
        </Show>
      </Suspense>
    </>
  );
}
