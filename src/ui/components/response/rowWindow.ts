/**
 * Fixed-height row virtualization that survives millions of rows. Browsers cap an element's
 * height (about 33 million px in Chrome, 17 million in Firefox), so past `maxSpacer` the scroll
 * range is scaled: the scrollbar maps proportionally onto the virtual height, and rendered rows
 * are positioned relative to the current scroll position.
 */

/** Inputs of {@link rowWindow}. */
export interface RowWindowInput {
  rowCount: number;
  rowHeight: number;
  viewport: number;
  scrollTop: number;
  overscan: number;
  maxSpacer: number;
}

/** Rows to render and where. */
export interface RowWindow {
  /** Height of the scrollable spacer element. */
  spacer: number;
  first: number;
  /** Exclusive. */
  last: number;
  /** Pixel top of row `first` inside the spacer. */
  top: number;
}

const virtualTotal = (i: { rowCount: number; rowHeight: number }) => i.rowCount * i.rowHeight;

/** Scale from real scrollTop to virtual offset (1 unless the content is taller than the cap). */
function scale(total: number, spacer: number, viewport: number): number {
  const real = spacer - viewport;
  return real > 0 && total > spacer ? (total - viewport) / real : 1;
}

/** Which rows are visible (plus overscan) for a scroll position. */
export function rowWindow(i: RowWindowInput): RowWindow {
  const total = virtualTotal(i);
  const spacer = Math.min(total, i.maxSpacer);
  const k = scale(total, spacer, i.viewport);
  const virtualTop = Math.max(0, Math.min(i.scrollTop, spacer)) * k;
  const firstVisible = Math.floor(virtualTop / i.rowHeight);
  const first = Math.max(0, firstVisible - i.overscan);
  const last = Math.min(
    i.rowCount,
    Math.ceil((virtualTop + i.viewport) / i.rowHeight) + i.overscan,
  );
  const top = i.scrollTop + (first * i.rowHeight - virtualTop);
  return { spacer, first, last, top };
}

/** The scrollTop that puts `row` in the middle of the viewport. */
export function scrollTopFor(
  row: number,
  i: Omit<RowWindowInput, "scrollTop" | "overscan">,
): number {
  const total = virtualTotal(i);
  const spacer = Math.min(total, i.maxSpacer);
  const virtual = Math.max(
    0,
    Math.min(row * i.rowHeight - i.viewport / 2 + i.rowHeight / 2, total - i.viewport),
  );
  return virtual / scale(total, spacer, i.viewport);
}
