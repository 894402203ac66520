/**
 * The "Visualize" tab: renders a `pm.visualizer.set(template, data)` template with Handlebars
 * and shows the HTML in `<iframe sandbox="allow-scripts">` via `srcdoc`. No allow-same-origin:
 * the visualization runs in an opaque origin, sees only its data (through `pm.getData`), a CSP
 * meta blocks its HTTP access, and a frame that navigates away is closed (STYLE.md point 14).
 * What it can still reach, WebRTC, is said in a note under the frame.
 */
import { Match, Switch, createMemo, createResource } from "solid-js";
import { GuardedFrame } from "../response/GuardedFrame";
import { renderTemplate } from "./renderTemplate";
import { buildVisualizerDocument } from "./visualizerDocument";

/** Props of {@link VisualizerFrame}. */
export interface VisualizerFrameProps {
  /** The Handlebars template the script passed. */
  template: string;
  /** The data the template renders with and `pm.getData` hands back. */
  data: unknown;
  /** Handlebars compile options (`pm.visualizer.set`'s third argument), if any. */
  options?: unknown;
}

/** Shows the rendered visualization, a note while Handlebars loads, or the template's error. */
export function VisualizerFrame(props: VisualizerFrameProps) {
  const input = createMemo(() => ({
    template: props.template,
    data: props.data,
    options: props.options,
  }));
  const [rendered] = createResource(input, (i) => renderTemplate(i.template, i.data, i.options));
  // Read the value only once ready: reading while pending would suspend an ancestor Suspense,
  // and reading an errored resource throws.
  const result = () => (rendered.state === "ready" ? rendered() : undefined);
  const srcdoc = createMemo(() => {
    const r = result();
    return r?.ok ? buildVisualizerDocument(r.html, input().data) : undefined;
  });
  const error = createMemo(() => {
    if (rendered.state === "errored") return String(rendered.error);
    const r = result();
    return r && !r.ok ? r.message : undefined;
  });
  return (
    <div class="visualizer">
      <Switch fallback={<p class="response-note">Rendering visualization…</p>}>
        <Match when={error()}>
          {(message) => (
            <p role="alert" class="visualizer-error">
              Could not render the visualization template: {message()}
            </p>
          )}
        </Match>
        <Match when={srcdoc()}>
          {(doc) => (
            <>
              <GuardedFrame
                class="preview-frame visualizer-frame"
                title="Visualization"
                sandbox="allow-scripts"
                srcdoc={doc()}
                leftMessage="The visualization tried to navigate away (to send its data to another page), so Satchel closed it."
              />
              <p class="response-note visualizer-note" role="note">
                A visualization sees only the data its script passed to it. It cannot load or send
                anything over HTTP, open windows or navigate away, but it can open WebRTC
                connections to any host (browsers offer no way to block them), so it could still
                send that data out. Visualize only collections you trust.
              </p>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
