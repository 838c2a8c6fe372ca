// The embedded database reached without a network: each `pg` connection gets an in-memory duplex
// stream whose bytes go straight to PGlite's wire-protocol entry point. Nothing listens on a port
// or a socket file, so no other process (or user) can connect to it, with or without a password;
// `pg` itself still does all parsing and type conversion, exactly as against a server.
//
// PGlite is one backend shared by every connection, so turns are taken here: a connection holds
// the database from its first message until the Sync (or simple Query) that ends it, and on past
// that for as long as it has a transaction open. Another connection's Parse/Bind/Execute can thus
// never land between them, and a transaction on one connection makes the others wait rather than
// join it. A connection that goes away inside a transaction has it rolled back.
import { Duplex } from 'node:stream';
import type { PgliteBackend } from './pglite-backend.ts';

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export class PgliteBridge {
  private owner: BridgeStream | null = null;
  private readonly waiting: { conn: BridgeStream; grant: () => void }[] = [];

  constructor(readonly db: PgliteBackend) {}

  /** A new client-side stream for `pg` (its `stream` option). */
  connect(): BridgeStream {
    return new BridgeStream(this);
  }

  /** @internal */
  acquire(conn: BridgeStream): Promise<void> {
    if (this.owner === null || this.owner === conn) {
      this.owner = conn;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ conn, grant }));
  }

  /** @internal Ends `conn`'s turn unless it still has a transaction open. */
  async release(conn: BridgeStream, force = false): Promise<void> {
    if (this.owner !== conn) return;
    if (this.db.isInTransaction()) {
      if (!force) return;
      // exec takes PGlite's own lock; wrapping it in runExclusive would wait on itself.
      if (!this.db.closed) await this.db.exec('ROLLBACK').catch(() => undefined);
    }
    this.owner = null;
    const next = this.waiting.shift();
    if (next) {
      this.owner = next.conn;
      next.grant();
    }
  }

  /** @internal Drops a closed connection from the queue. */
  forget(conn: BridgeStream): void {
    const i = this.waiting.findIndex((w) => w.conn === conn);
    if (i >= 0) this.waiting.splice(i, 1);
  }
}

export class BridgeStream extends Duplex {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;
  private finished = false;

  constructor(private readonly bridge: PgliteBridge) {
    super();
  }

  // The socket-shaped surface `pg` calls on its stream.
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    this.drainMessages().then(() => done(), (err: Error) => done(err));
  }

  override _final(done: (err?: Error | null) => void): void {
    this.finish().then(() => done(), (err: Error) => done(err));
  }

  override _destroy(err: Error | null, done: (err?: Error | null) => void): void {
    this.finish().then(() => done(err), () => done(err));
  }

  private async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.bridge.forget(this);
    await this.bridge.release(this, true);
    this.push(null);
  }

  private async drainMessages(): Promise<void> {
    for (;;) {
      if (!this.started) {
        if (this.pending.length < 8) return;
        const len = this.pending.readInt32BE(0);
        if (this.pending.length < len) return;
        const msg = this.cut(len);
        const code = msg.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.push(Buffer.from('N'));
          continue;
        }
        if (code !== PROTOCOL_3) throw new Error(`unsupported startup code ${code}`);
        this.started = true;
        await this.run(msg, true);
        continue;
      }
      if (this.pending.length < 5) return;
      const len = 1 + this.pending.readInt32BE(1);
      if (this.pending.length < len) return;
      const msg = this.cut(len);
      const type = String.fromCharCode(msg[0]);
      if (type === 'X') {
        // Terminate: the backend is shared, so it is not told; the connection just ends.
        await this.finish();
        return;
      }
      await this.run(msg, type === 'S' || type === 'Q');
    }
  }

  private cut(len: number): Buffer {
    const msg = this.pending.subarray(0, len);
    this.pending = this.pending.subarray(len);
    return msg;
  }

  private async run(msg: Buffer, endsTurn: boolean): Promise<void> {
    const { db } = this.bridge;
    await this.bridge.acquire(this);
    try {
      if (this.finished) {
        await this.bridge.release(this, true);
        return;
      }
      await db.protocol(new Uint8Array(msg.buffer, msg.byteOffset, msg.byteLength), (data) => void this.push(data));
    } catch (err) {
      await this.bridge.release(this, true);
      throw err;
    }
    if (endsTurn) await this.bridge.release(this);
  }
}
