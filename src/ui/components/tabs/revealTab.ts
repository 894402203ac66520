/** Scrolling the tab strip so a tab is fully in view (and nothing else on the page scrolls). */

/**
 * Scrolls `scroller` horizontally by the least amount that shows all of `el` (its left edge
 * wins when `el` is wider than the view). `scrollIntoView` is not used: it would also scroll
 * the page and any other scrolling ancestor.
 */
export function revealInScroller(scroller: HTMLElement, el: HTMLElement): void {
  const view = scroller.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  if (box.left < view.left) scroller.scrollLeft -= view.left - box.left;
  else if (box.right > view.right) {
    scroller.scrollLeft += Math.min(box.right - view.right, box.left - view.left);
  }
}
