// A minimal protobuf writer for the few small messages Homeostat sends back (export
// responses, google.rpc.Status, health checks). Requests are decoded by proto-reader.ts.

export class ProtoWriter {
  private readonly bytes: number[] = [];

  varint(field: number, value: number): this {
    if (value === 0) return this;
    this.tag(field, 0);
    this.raw(value);
    return this;
  }

  string(field: number, value: string): this {
    if (value === '') return this;
    return this.bytesField(field, Buffer.from(value, 'utf8'));
  }

  message(field: number, w: ProtoWriter): this {
    return this.bytesField(field, w.finish(), true);
  }

  bytesField(field: number, value: Uint8Array, always = false): this {
    if (value.length === 0 && !always) return this;
    this.tag(field, 2);
    this.raw(value.length);
    for (const b of value) this.bytes.push(b);
    return this;
  }

  finish(): Buffer {
    return Buffer.from(this.bytes);
  }

  private tag(field: number, wire: number): void {
    this.raw(field * 8 + wire);
  }

  /** Unsigned varint; values here are counts well below 2^53. */
  private raw(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
}
