/**
 * The host's CompressionStream / DecompressionStream ("deflate-raw"), typed locally because core's
 * lib has no DOM or Node types. Every supported host has them: browsers and Node 20+.
 * @see https://compression.spec.whatwg.org/
 */

interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface Transform {
  writable: { getWriter(): ByteWriter };
  readable: { getReader(): ByteReader };
}
type TransformCtor = new (format: "deflate-raw") => Transform;

const host = globalThis as unknown as {
  CompressionStream?: TransformCtor;
  DecompressionStream?: TransformCtor;
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label?: string,
    options?: { fatal?: boolean },
  ) => { decode(bytes: Uint8Array): string };
};

/** Thrown only when the host lacks compression streams (a programming/platform error). */
const missing = (name: string): Error => new Error(`${name} is not available in this host`);

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => new host.TextEncoder().encode(text);

/** Text of UTF-8 `bytes`; undefined when they are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new host.TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Concatenation of `chunks` holding `total` bytes. */
function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** `bytes` compressed with raw DEFLATE (RFC 1951). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  if (!host.CompressionStream) throw missing("CompressionStream");
  const stream = new host.CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes).then(() => writer.close());
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      chunks.push(value);
      total += value.length;
    }
  }
  await written;
  return concat(chunks, total);
}

/** What inflating gave: the bytes, or why it stopped. */
export type InflateOutcome =
  | { kind: "ok"; bytes: Uint8Array }
  | { kind: "corrupt"; detail: string }
  | { kind: "too-large"; read: number };

/**
 * `bytes` inflated with raw DEFLATE, reading at most `limit` output bytes: past it the stream is
 * cancelled, so a decompression bomb costs at most `limit` plus one chunk of memory.
 */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<InflateOutcome> {
  if (!host.DecompressionStream) throw missing("DecompressionStream");
  const stream = new host.DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Errors surface on the reader too; keep the writer's own rejection from going unhandled.
  writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      total += value.length;
      if (total > limit) {
        await reader.cancel("too large").catch(() => undefined);
        return { kind: "too-large", read: total };
      }
      chunks.push(value);
    }
  } catch (e) {
    return { kind: "corrupt", detail: e instanceof Error ? e.message : String(e) };
  }
  return { kind: "ok", bytes: concat(chunks, total) };
}
