/**
 * `<satchel-try-it>`: an open shadow root holding one panel. Attributes are read into options
 * (./options.ts); the source is asked for at once (off the main thread for specs); the form is
 * built as soon as the panel comes near the viewport, and otherwise in idle time, one panel per
 * idle callback (./idleQueue.ts), so a page with many panels never runs a long task for them.
 * Changing an attribute rebuilds the panel. Events: `satchel-ready`, `satchel-before-request`,
 * `satchel-response` (bubbling, composed).
 */
import { render } from "solid-js/web";
import type { Transport } from "../../core/http/transport";
import { makeFileStore } from "./files";
import { loadSource } from "./loadSource";
import { OBSERVED, readOptions } from "./options";
import { whenIdle } from "./idleQueue";
import { Panel } from "./Panel";
import { PANEL_CSS } from "./styles";

/** How far outside the viewport a panel starts building its form. */
const NEAR = "400px 0px";

let shared: CSSStyleSheet | undefined;

/** Adds the panel CSS: one constructed sheet shared by every panel where supported. */
function addStyles(root: ShadowRoot): void {
  const constructable =
    "adoptedStyleSheets" in root && typeof CSSStyleSheet.prototype.replaceSync === "function";
  if (constructable) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(PANEL_CSS);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement("style");
  style.textContent = PANEL_CSS;
  root.append(style);
}

/** The custom element. */
export class SatchelTryIt extends HTMLElement {
  /** The attributes that rebuild the panel when they change. */
  static get observedAttributes(): readonly string[] {
    return OBSERVED;
  }

  /** A transport of the page's own (tests, or a host app); default: the route's. */
  transport: Transport | undefined;

  readonly #root: ShadowRoot;
  readonly #container: HTMLDivElement;
  #dispose: (() => void) | undefined;
  #observer: IntersectionObserver | undefined;
  #restart = false;
  /** The current source; a stale mount (after a restart or removal) sees it changed. */
  #loaded: Promise<unknown> | undefined;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    addStyles(this.#root);
    this.#container = document.createElement("div");
    this.#root.append(this.#container);
  }

  connectedCallback(): void {
    this.#start();
  }

  disconnectedCallback(): void {
    this.#stop();
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (before === after || !this.isConnected || this.#restart) return;
    this.#restart = true;
    queueMicrotask(() => {
      this.#restart = false;
      if (!this.isConnected) return;
      this.#stop();
      this.#start();
    });
  }

  #start(): void {
    const options = readOptions((name) => this.getAttribute(name));
    this.#container.className = `root ${options.theme}${options.compact ? " compact" : ""}`;
    this.#container.setAttribute("part", "root");
    const loaded = loadSource(options, document.baseURI);
    const placeholder = document.createElement("p");
    placeholder.className = "placeholder";
    placeholder.textContent = "Loading…";
    this.#container.replaceChildren(placeholder);
    let mounted = false;
    const mount = () => {
      if (mounted || !this.isConnected || this.#loaded !== loaded) return;
      mounted = true;
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.#container.replaceChildren();
      this.#dispose = render(
        () =>
          Panel({
            options,
            loaded,
            host: this,
            files: makeFileStore(),
            transport: () => this.transport,
            onReady: (operation: unknown) =>
              this.dispatchEvent(
                new CustomEvent("satchel-ready", {
                  bubbles: true,
                  composed: true,
                  detail: { operation },
                }),
              ),
          }),
        this.#container,
      );
    };
    this.#loaded = loaded;
    if (typeof IntersectionObserver !== "function") {
      mount();
      return;
    }
    // Near the viewport: at once. Elsewhere: once the source is in, in idle time.
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) void loaded.then(mount);
      },
      { rootMargin: NEAR },
    );
    this.#observer.observe(this);
    void loaded.then(() => whenIdle(mount));
  }

  #stop(): void {
    this.#loaded = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#dispose?.();
    this.#dispose = undefined;
  }
}
