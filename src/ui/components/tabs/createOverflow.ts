/** Whether an element's content is wider than the element (the tab strip overflows). */
import type { Accessor } from "solid-js";
import { createEffect, createSignal, onCleanup, onMount } from "solid-js";

/**
 * Tracks whether `el()` scrolls horizontally: measured when its box resizes and whenever
 * `content()` changes (tabs opened, closed or renamed change the content, not the box).
 * Cleans up with its owner.
 */
export function createOverflow(el: () => HTMLElement, content: () => unknown): Accessor<boolean> {
  const [overflows, setOverflows] = createSignal(false);
  const measure = () => {
    const node = el();
    setOverflows(node.scrollWidth > node.clientWidth + 1);
  };
  onMount(() => {
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el());
    onCleanup(() => observer.disconnect());
  });
  createEffect(() => {
    content();
    measure();
  });
  return overflows;
}
