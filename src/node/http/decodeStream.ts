/**
 * Content-Encoding (gzip, deflate, br) decoded as the body streams, for the agent: the page gets
 * the body as Postman and fetch show it. Backpressure holds: the decoder only runs as fast as the
 * reader reads, so a small compressed body that inflates to gigabytes never sits in memory.
 * A body that turns out not to be what its Content-Encoding says passes through as sent, as
 * ./decompress.ts does for a whole body, when that is found before any decoded byte went out.
 */
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import type { TransformCallback } from "node:stream";
import zlib from "node:zlib";

type Make = (first: Buffer) => zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress;

/** zlib-wrapped deflate starts with a CMF/FLG pair whose 16-bit value is a multiple of 31. */
const zlibWrapped = (b: Buffer) =>
  b.length >= 2 &&
  ((b[0] as number) & 0x0f) === 8 &&
  ((b[0] as number) * 256 + (b[1] as number)) % 31 === 0;

const MAKERS: Record<string, Make> = {
  gzip: () => zlib.createGunzip(),
  "x-gzip": () => zlib.createGunzip(),
  br: () => zlib.createBrotliDecompress(),
  deflate: (first) => (zlibWrapped(first) ? zlib.createInflate() : zlib.createInflateRaw()),
};

class Decoder extends Transform {
  private z: ReturnType<Make> | undefined;
  private produced = false;
  private held: Buffer[] = [];
  private passthrough = false;
  private pending: (() => void) | undefined;

  constructor(private readonly make: Make) {
    super();
  }

  /** Decoding failed: before any output, send what came as it came; after, fail the body. */
  private onError(e: Error) {
    if (this.produced) return void this.destroy(e);
    this.passthrough = true;
    for (const chunk of this.held) this.push(chunk);
    this.held = [];
    const pending = this.pending;
    this.pending = undefined;
    pending?.();
  }

  private start(first: Buffer) {
    const z = this.make(first);
    z.on("data", (out: Buffer) => {
      this.produced = true;
      this.held = [];
      if (!this.push(out)) z.pause();
    });
    z.on("error", (e) => this.onError(e));
    this.z = z;
    return z;
  }

  override _read(size: number) {
    this.z?.resume();
    super._read(size);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback) {
    if (this.passthrough) return callback(null, chunk);
    const z = this.z ?? this.start(chunk);
    if (!this.produced) this.held.push(chunk);
    this.pending = () => callback();
    const next = () => {
      const pending = this.pending;
      this.pending = undefined;
      pending?.();
    };
    if (z.write(chunk)) next();
    else z.once("drain", next);
  }

  override _flush(callback: TransformCallback) {
    const z = this.z;
    if (this.passthrough || !z) return callback();
    this.pending = () => callback();
    z.once("end", () => {
      const pending = this.pending;
      this.pending = undefined;
      pending?.();
    });
    z.end();
    z.resume();
  }
}

/** `body` decoded per its Content-Encoding (unknown or none: as is). */
export function decodeStream(body: Readable, headers: [string, string][]): Readable {
  const encoding = headers
    .find(([k]) => k.toLowerCase() === "content-encoding")?.[1]
    ?.trim()
    .toLowerCase();
  const make = encoding ? MAKERS[encoding] : undefined;
  if (!make) return body;
  const decoder = new Decoder(make);
  body.on("error", (e) => decoder.destroy(e));
  body.on("close", () => {
    if (!body.readableEnded) decoder.destroy(new Error("The response closed before its end"));
  });
  return body.pipe(decoder);
}
