/**
 * A panel's content once it is near the viewport: the form of the operation or inline request
 * (./loadSource.ts), or an alert when the source cannot be read. Tells the element when it is
 * ready.
 */
import { createEffect, createSignal, lazy, Match, on, Switch, untrack } from "solid-js";
import type { Transport } from "../../core/http/transport";
import type { Result } from "../../core/result";
import type { FileStore } from "./files";
import type { Loaded } from "./loadSource";
import { OperationPanel } from "./OperationPanel";
import type { PanelOptions } from "./options";

const InlinePanel = lazy(() => import("./InlinePanel").then((m) => ({ default: m.InlinePanel })));

/** Props of {@link Panel}. */
export interface PanelProps {
  options: PanelOptions;
  /** The source, already asked for when the element connected. */
  loaded: Promise<Result<Loaded>>;
  host: HTMLElement;
  files: FileStore;
  transport: () => Transport | undefined;
  /** Called once the form is on screen, with what it shows. */
  onReady: (operation: unknown) => void;
}

/** The panel. */
export function Panel(props: PanelProps) {
  const [loaded, setLoaded] = createSignal<Result<Loaded>>();
  void untrack(() => props.loaded).then((result) => setLoaded(() => result));
  createEffect(
    on(loaded, (result) => {
      if (!result?.ok) return;
      const value = result.value;
      const ready = props.onReady;
      // After this render's DOM is in place.
      queueMicrotask(() => ready(value.kind === "operation" ? value.op : value.inline.request));
    }),
  );
  return (
    <Switch fallback={<p class="placeholder">Loading…</p>}>
      <Match when={loaded()?.ok === false && loaded()}>
        {(failed) => (
          <p role="alert">{(failed() as { error: { message: string } }).error.message}</p>
        )}
      </Match>
      <Match when={loaded()?.ok && (loaded() as { value: Loaded }).value}>
        {(value) => (
          <Switch>
            <Match
              when={value().kind === "operation" && (value() as Loaded & { kind: "operation" })}
            >
              {(o) => (
                <OperationPanel
                  op={o().op}
                  specUrl={o().specUrl}
                  options={props.options}
                  host={props.host}
                  files={props.files}
                  transport={props.transport}
                />
              )}
            </Match>
            <Match when={value().kind === "inline" && (value() as Loaded & { kind: "inline" })}>
              {(i) => (
                <InlinePanel
                  inline={i().inline}
                  options={props.options}
                  host={props.host}
                  files={props.files}
                  transport={props.transport}
                />
              )}
            </Match>
          </Switch>
        )}
      </Match>
    </Switch>
  );
}
