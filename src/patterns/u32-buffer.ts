// Growable Uint32Array: one cluster id per input line costs 4 bytes instead of a boxed
// array slot, which matters when the CLI buffers ids for millions of lines.

export class U32Buffer {
  private buf = new Uint32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }

  view(): Uint32Array {
    return this.buf.subarray(0, this.length);
  }
}
