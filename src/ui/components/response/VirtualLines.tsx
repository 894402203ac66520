/**
 * A virtualized, read-only line view over a document kept in the format worker. Only the visible
 * rows (plus overscan) are in the DOM; their text is fetched in blocks as the user scrolls. JSON
 * regions fold to their opening line; search matches are highlighted and the current one is
 * scrolled into view.
 *
 * Not @tanstack/solid-virtual: its single spacer element would need 100+ million px for a 50 MB
 * body (≈6 million lines), past every browser's maximum element height, so the end of the body
 * would be unreachable. rowWindow.ts scales the scroll range instead.
 */
import {
  Index,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  onMount,
  untrack,
} from "solid-js";
import type { FormatClient, SearchMatch, ViewMode } from "../../../workers/format/types";
import { createLineCache } from "./createLineCache";
import type { Region } from "./foldMap";
import { makeFoldMap } from "./foldMap";
import { LineRow } from "./LineRow";
import { rowWindow, scrollTopFor } from "./rowWindow";
import type { Mark } from "./segments";
import "../../styles/response-lines.css";

const ROW_HEIGHT = 18;
const OVERSCAN = 20;
const MAX_SPACER = 8_000_000;

/** Props of {@link VirtualLines}. */
export interface VirtualLinesProps {
  client: FormatClient;
  docId: string;
  mode: ViewMode;
  lineCount: number;
  matches: readonly SearchMatch[];
  /** Index into `matches` of the current match, or -1. */
  current: number;
  /**
   * Soft-wrap long lines to the view's width. Rows then grow past the row height, so scrolling
   * moves by lines rather than pixels; the worker still cuts lines at its own wrap width.
   */
  wrap?: boolean;
}

/** Renders the document's lines in a scrollable, virtualized box. */
export function VirtualLines(props: VirtualLinesProps) {
  let scroller!: HTMLDivElement;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [viewport, setViewport] = createSignal(400);
  const [collapsed, setCollapsed] = createSignal<Region[]>([]);
  const cache = createLineCache(
    () => props.client,
    () => props.docId,
    () => props.mode,
  );
  const fold = createMemo(() => makeFoldMap(props.lineCount, collapsed()));
  const geometry = () => ({ rowHeight: ROW_HEIGHT, viewport: viewport(), maxSpacer: MAX_SPACER });
  const win = createMemo(() =>
    rowWindow({
      ...geometry(),
      rowCount: fold().rowCount,
      scrollTop: scrollTop(),
      overscan: OVERSCAN,
    }),
  );
  const visible = createMemo(() => {
    const w = win();
    const f = fold();
    const lines: number[] = [];
    for (let row = w.first; row < w.last; row++) lines.push(f.lineAt(row));
    return lines;
  });
  const marks = createMemo(() => {
    const byLine = new Map<number, Mark[]>();
    props.matches.forEach((m, k) => {
      const list = byLine.get(m.line) ?? [];
      list.push({ from: m.from, to: m.to, current: k === props.current });
      byLine.set(m.line, list);
    });
    return byLine;
  });
  const isCollapsed = (line: number) => collapsed().some((r) => r.start === line);
  const toggle = (start: number, end: number) =>
    setCollapsed((list) =>
      list.some((r) => r.start === start)
        ? list.filter((r) => r.start !== start)
        : [...list, { start, end }],
    );
  const scrollTo = (top: number) => {
    scroller.scrollTop = top;
    setScrollTop(top);
  };

  createEffect(() => cache.ensure(visible()));
  createEffect(
    on(
      () => [props.docId, props.mode],
      () => {
        setCollapsed([]);
        scrollTo(0);
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.matches[props.current],
      (match) => {
        if (match === undefined) return;
        const line = match.line;
        const list = untrack(collapsed);
        const kept = list.filter((r) => !(r.start < line && line <= r.end));
        if (kept.length !== list.length) setCollapsed(kept);
        const map = makeFoldMap(
          untrack(() => props.lineCount),
          kept,
        );
        scrollTo(scrollTopFor(map.rowOf(line), { ...untrack(geometry), rowCount: map.rowCount }));
      },
    ),
  );
  onMount(() => {
    setViewport(scroller.clientHeight || 400);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setViewport(scroller.clientHeight || 400));
    observer.observe(scroller);
    onCleanup(() => observer.disconnect());
  });

  return (
    <div
      ref={scroller}
      class="vl-scroller"
      classList={{ "vl-wrap": props.wrap === true }}
      role="region"
      aria-label="Body text"
      tabindex="0"
      style={{ "--vl-gutter": `${String(props.lineCount).length + 1}ch` }}
      onScroll={() => setScrollTop(scroller.scrollTop)}
    >
      <div class="vl-spacer" style={{ height: `${win().spacer}px` }}>
        <div class="vl-rows" style={{ transform: `translateY(${win().top}px)` }}>
          <Index each={visible()}>
            {(line) => (
              <LineRow
                line={line()}
                view={cache.get(line())}
                marks={marks().get(line()) ?? []}
                collapsed={isCollapsed(line())}
                onToggleFold={toggle}
              />
            )}
          </Index>
        </div>
      </div>
    </div>
  );
}
