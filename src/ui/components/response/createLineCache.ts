/**
 * A cache of line windows fetched from the format worker in blocks of 128 lines. Reading a line
 * is reactive: rows re-render when their block arrives. Old blocks are evicted past a bound, and
 * everything is dropped when the document or view mode changes.
 */
import type { Accessor } from "solid-js";
import { createSignal } from "solid-js";
import type { FormatClient, LineView, ViewMode } from "../../../workers/format/types";

/** Lines per fetched block. */
export const BLOCK_LINES = 128;
const MAX_BLOCKS = 64;

/** Reactive line lookup plus a way to ask for the lines about to be shown. */
export interface LineCache {
  get(line: number): LineView | undefined;
  ensure(lines: readonly number[]): void;
}

/** Creates a cache for the document `id()` seen in `mode()`. */
export function createLineCache(
  client: Accessor<FormatClient>,
  id: Accessor<string>,
  mode: Accessor<ViewMode>,
): LineCache {
  let key = "";
  let blocks = new Map<number, LineView[]>();
  let pending = new Set<number>();
  const [version, setVersion] = createSignal(0);
  const sync = () => {
    const next = `${id()}\u0000${mode()}`;
    if (next !== key) {
      key = next;
      blocks = new Map();
      pending = new Set();
    }
    return next;
  };
  return {
    get(line) {
      version();
      sync();
      return blocks.get(Math.floor(line / BLOCK_LINES))?.[line % BLOCK_LINES];
    },
    ensure(lines) {
      const asked = sync();
      const wanted = new Set(lines.map((l) => Math.floor(l / BLOCK_LINES)));
      for (const b of wanted) {
        if (blocks.has(b) || pending.has(b)) continue;
        pending.add(b);
        const mine = pending;
        void client()
          .lines(id(), b * BLOCK_LINES, (b + 1) * BLOCK_LINES, mode())
          .then((r) => {
            mine.delete(b);
            if (key !== asked || !r.ok) return;
            blocks.set(b, r.value);
            for (const old of blocks.keys()) {
              if (blocks.size <= MAX_BLOCKS) break;
              if (!wanted.has(old)) blocks.delete(old);
            }
            setVersion((v) => v + 1);
          });
      }
    },
  };
}
