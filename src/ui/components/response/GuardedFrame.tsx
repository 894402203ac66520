/**
 * A sandboxed `srcdoc` frame that may show one document only. The app's Content-Security-Policy
 * (`frame-src blob:` in index.html) stops a child frame from navigating anywhere else, whoever
 * starts it (a script, a link, a meta refresh); the blocked attempt ends in an error page in the
 * frame. The frame counts as having left, and is replaced by `leftMessage` and a "Show again"
 * button, when it loads a second time (a navigation the policy allowed, such as to a blob: of its
 * own) or when the app document reports a `frame-src` violation (a navigation started before the
 * first document finished loading fires one load only, so loads alone can't tell). The violation
 * does not say which frame it came from: every guarded frame on the page closes.
 */
import { Show, createSignal, onCleanup, untrack } from "solid-js";

/** Props of {@link GuardedFrame}. */
export interface GuardedFrameProps {
  /** The frame's accessible title. */
  title: string;
  /** The sandbox tokens; never `allow-same-origin`. */
  sandbox: string;
  /** The document. A new value gets a new frame. */
  srcdoc: string;
  /** Says what happened when the document tried to leave. */
  leftMessage: string;
  class?: string;
}

/**
 * The frame is built by hand so that `sandbox` and `srcdoc` are set before it is in the document:
 * flags set after insertion would not apply to the document already loading.
 */
function makeFrame(props: GuardedFrameProps, doc: string, onLeave: () => void): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.className = props.class ?? "preview-frame";
  frame.title = props.title;
  frame.setAttribute("sandbox", props.sandbox);
  frame.setAttribute("srcdoc", doc);
  let loads = 0;
  frame.addEventListener("load", () => {
    loads += 1;
    if (loads > 1) onLeave();
  });
  return frame;
}

/** Shows `srcdoc` in a sandboxed frame, or `leftMessage` once the frame tried to navigate. */
export function GuardedFrame(props: GuardedFrameProps) {
  const [leftFrom, setLeftFrom] = createSignal<string>();
  const onViolation = (e: Event) => {
    if ((e as SecurityPolicyViolationEvent).effectiveDirective === "frame-src") {
      setLeftFrom(props.srcdoc);
    }
  };
  document.addEventListener("securitypolicyviolation", onViolation);
  onCleanup(() => document.removeEventListener("securitypolicyviolation", onViolation));
  return (
    <Show
      when={leftFrom() !== props.srcdoc}
      fallback={
        <div class="frame-left" role="alert">
          <p>{props.leftMessage}</p>
          <button type="button" class="button" onClick={() => setLeftFrom(undefined)}>
            Show again
          </button>
        </div>
      }
    >
      <Show when={props.srcdoc} keyed>
        {(doc) => untrack(() => makeFrame(props, doc, () => setLeftFrom(doc)))}
      </Show>
    </Show>
  );
}
