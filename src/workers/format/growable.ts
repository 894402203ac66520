/** Append-only typed arrays that double when full (the pretty printer's output and indexes). */

/** A growable byte buffer. */
export class ByteSink {
  buf: Uint8Array;
  len = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }
  /** Makes room for `extra` more bytes. */
  reserve(extra: number): void {
    const need = this.len + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  /** Appends src[from, to). */
  copy(src: Uint8Array, from: number, to: number): void {
    const n = to - from;
    this.reserve(n);
    const buf = this.buf;
    if (n < 48) {
      let p = this.len;
      for (let i = from; i < to; i++) buf[p++] = src[i]!;
    } else {
      buf.set(src.subarray(from, to), this.len);
    }
    this.len += n;
  }
  /** Appends one byte. */
  push(byte: number): void {
    this.reserve(1);
    this.buf[this.len++] = byte;
  }
  /** The bytes written so far (a view, not a copy). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

/** A growable list of unsigned 32-bit integers. */
export class U32List {
  buf: Uint32Array;
  len = 0;
  constructor(capacity = 1024) {
    this.buf = new Uint32Array(Math.max(16, capacity));
  }
  /** Appends one value. */
  push(v: number): void {
    if (this.len === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.len++] = v;
  }
  /** The values written so far, trimmed to length (a copy when the buffer has spare room). */
  toArray(): Uint32Array {
    return this.len === this.buf.length ? this.buf : this.buf.slice(0, this.len);
  }
}
