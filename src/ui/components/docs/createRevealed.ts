/**
 * How many of a long list to render: a first batch, then another each time `sentinel` (an
 * element after the list) scrolls near view, and everything before the page prints. Without
 * IntersectionObserver (tests, old browsers) everything renders at once.
 */
import type { Accessor } from "solid-js";
import { createSignal, onCleanup } from "solid-js";

/** Options of {@link createRevealed}. */
export interface RevealedOptions {
  /** Items per batch (default 40). */
  batch?: number;
}

/** What {@link createRevealed} returns. */
export interface Revealed {
  /** How many items to render now. */
  count: Accessor<number>;
  /** Ref for the element after the list. */
  sentinel: (el: Element) => void;
}

/** Creates the counter; observers and listeners end with the owner. */
export function createRevealed(options: RevealedOptions = {}): Revealed {
  const batch = options.batch ?? 40;
  const observable = typeof IntersectionObserver !== "undefined";
  const [count, setCount] = createSignal(observable ? batch : Infinity);
  const all = () => setCount(Infinity);
  window.addEventListener("beforeprint", all);
  onCleanup(() => window.removeEventListener("beforeprint", all));
  let observer: IntersectionObserver | undefined;
  onCleanup(() => observer?.disconnect());
  return {
    count,
    sentinel(el) {
      if (!observable) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) setCount((n) => n + batch);
        },
        { rootMargin: "800px 0px" },
      );
      observer.observe(el);
    },
  };
}
