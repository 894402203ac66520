/**
 * Copies of a QuickJS module's WebAssembly memory, so every script execution starts from the same
 * prepared state (runtime, context, bootstrap, maybe libraries) and nothing one script defines or
 * changes — globals, built-in prototypes, wrapped functions — reaches another.
 *
 * Emscripten lays memory out as [static data + bss][stack][heap]. Between two calls into the
 * module the stack holds nothing live, so an image keeps two parts: everything below the stack
 * (data and bss) and the heap up to its last allocated byte. The allocator's own bookkeeping lives
 * in those parts, so after a restore it sees exactly the heap it had when the image was taken;
 * memory above that is free space to it, whatever later runs left there.
 *
 * Restoring is only sound while the JavaScript side matches the memory: handles created after
 * the image must never be freed after a restore, and host functions must all exist before it
 * (see ./engine.ts).
 */

const PAGE = 65536;
/** Pages kept past the end of the low part, in case bss ends in zero pages (the stack's far end). */
const LOW_MARGIN_PAGES = 1;

/** Where the two live parts of a module's memory lie. */
export interface MemoryLayout {
  /** End of data + bss (and a margin into the stack's unused far end). */
  lowEnd: number;
  /** Start of the stack's top (its live end) and the heap. */
  highStart: number;
}

/** The state of a memory at one moment: the low part and the heap as it was then. */
export interface MemoryImage {
  low: Uint8Array;
  high: Uint8Array;
  highStart: number;
  /** Bytes this image holds (what a restore copies). */
  readonly bytes: number;
}

/** Whether the page at `index` holds only zeros. */
function zeroPage(words: Uint32Array, index: number): boolean {
  const start = (index * PAGE) / 4;
  const end = start + PAGE / 4;
  for (let i = start; i < end; i++) if (words[i] !== 0) return false;
  return true;
}

/**
 * Finds the stack in a freshly started module: the longest run of zero pages that the heap
 * follows (the stack is megabytes and, right after start-up, untouched but for its top end). Throws if the memory does
 * not look like Emscripten's layout, so a changed build fails loudly instead of corrupting runs.
 */
export function findLayout(memory: WebAssembly.Memory): MemoryLayout {
  const words = new Uint32Array(memory.buffer);
  const pages = memory.buffer.byteLength / PAGE;
  // The longest zero run that something follows: the heap's unused tail runs to the end.
  let best = { start: 0, length: 0 };
  let run = { start: 0, length: 0 };
  for (let p = 1; p < pages; p++) {
    if (zeroPage(words, p)) {
      if (run.length === 0) run = { start: p, length: 0 };
      run.length++;
    } else {
      if (run.length > best.length) best = run;
      run = { start: 0, length: 0 };
    }
  }
  const highStart = (best.start + best.length) * PAGE;
  if (best.length < 16 || highStart >= memory.buffer.byteLength) {
    throw new Error("the QuickJS module's memory has no stack region this sandbox recognizes");
  }
  const lowEnd = Math.min(best.start + LOW_MARGIN_PAGES, best.start + best.length - 1) * PAGE;
  return { lowEnd, highStart };
}

/** One past the last non-zero byte at or above `from`, rounded up to a page, plus a page. */
function heapEnd(memory: WebAssembly.Memory, from: number): number {
  const words = new Uint32Array(memory.buffer);
  let i = words.length - 1;
  const stop = from / 4;
  while (i >= stop && words[i] === 0) i--;
  const end = Math.ceil(((i + 1) * 4) / PAGE) * PAGE + PAGE;
  return Math.min(end, memory.buffer.byteLength);
}

/**
 * Zeroes the memory above `image`'s heap, so an image captured after it does not count what
 * earlier executions left up there (their free space) as its own heap.
 */
export function clearAbove(memory: WebAssembly.Memory, image: MemoryImage): void {
  new Uint8Array(memory.buffer).fill(0, image.highStart + image.high.byteLength);
}

/** Takes an image of `memory` now (between calls into the module). */
export function captureImage(memory: WebAssembly.Memory, layout: MemoryLayout): MemoryImage {
  const end = heapEnd(memory, layout.highStart);
  const low = new Uint8Array(memory.buffer, 0, layout.lowEnd).slice();
  const high = new Uint8Array(memory.buffer, layout.highStart, end - layout.highStart).slice();
  return { low, high, highStart: layout.highStart, bytes: low.byteLength + high.byteLength };
}

/** Puts `image` back into `memory` (which may have grown since; it never shrinks). */
export function restoreImage(memory: WebAssembly.Memory, image: MemoryImage): void {
  const bytes = new Uint8Array(memory.buffer);
  bytes.set(image.low, 0);
  bytes.set(image.high, image.highStart);
}
