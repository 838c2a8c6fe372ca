// Where the embedded PostgreSQL (PGlite, a WASM build of Postgres) runs. PGlite computes on the
// thread that calls it: creating a fresh database (its initdb) held the event loop for about ten
// seconds, opening an existing one for two or three, and every query for as long as it ran, while
// the receivers and the API could answer nothing. So it runs in a worker thread of its own, and
// the bridge (pglite-bridge.ts) sends it wire-protocol messages and gets the answers back. The
// database is still inside this process: no port, no socket file.
//
// In-process is kept as the fallback for where a worker cannot start.
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';

/** What the bridge needs of the database, wherever it runs. */
export interface PgliteBackend {
  readonly closed: boolean;
  /** Whether a transaction is open (as of the last message answered). */
  isInTransaction(): boolean;
  /** Runs one wire-protocol message; its answer bytes go to onData, in order, before it resolves. */
  protocol(msg: Uint8Array, onData: (data: Buffer) => void): Promise<void>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** PGlite on the calling thread. */
export function inProcessBackend(db: PGlite): PgliteBackend {
  return {
    get closed() {
      return db.closed;
    },
    isInTransaction: () => db.isInTransaction(),
    protocol: async (msg, onData) => {
      await db.runExclusive(() => db.execProtocolRawStream(msg, { onRawData: (data) => onData(Buffer.from(data)) }));
    },
    exec: async (sql) => void (await db.exec(sql)),
    close: () => db.close(),
  };
}

// The worker's whole program, plain JavaScript so it needs no TypeScript loader (the parent's
// loader hooks do not carry over to workers, and test runners load code their own way). Answer
// chunks are copied out of the WASM memory (a view into it would clone all of it) and sent with
// the reply that ends the message, their buffers transferred, not copied again.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  let PGlite;
  try {
    ({ PGlite } = await import(workerData.pglite));
  } catch (err) {
    parentPort.postMessage({ id: 0, error: String((err && err.stack) || err), unstarted: true });
    return;
  }
  let db;
  try {
    db = await PGlite.create({ dataDir: workerData.dataDir });
  } catch (err) {
    parentPort.postMessage({ id: 0, error: String((err && err.stack) || err) });
    return;
  }
  parentPort.postMessage({ id: 0, inTx: false });
  const inTx = () => { try { return db.isInTransaction(); } catch { return false; } };
  parentPort.on('message', async (m) => {
    const chunks = [];
    try {
      if (m.op === 'protocol') {
        await db.runExclusive(() => db.execProtocolRawStream(m.msg, { onRawData: (d) => chunks.push(d.slice()) }));
      } else if (m.op === 'exec') {
        await db.exec(m.sql);
      } else if (m.op === 'close') {
        await db.close();
        parentPort.postMessage({ id: m.id, inTx: false });
        parentPort.close();
        return;
      }
      parentPort.postMessage({ id: m.id, chunks, inTx: inTx() }, chunks.map((c) => c.buffer));
    } catch (err) {
      parentPort.postMessage({ id: m.id, error: String((err && err.message) || err), inTx: inTx() });
    }
  });
})();
`;

interface Reply {
  id: number;
  chunks?: Uint8Array[];
  inTx?: boolean;
  error?: string;
  /** The worker could not load PGlite at all (not: the database failed to open). */
  unstarted?: boolean;
}

/** No worker could run PGlite here; the caller may run it on its own thread instead. */
export class WorkerStartError extends Error {}

/** PGlite in a worker thread of this process. Resolves once the database is open (or rejects with why not). */
export async function workerBackend(dataDir: string): Promise<PgliteBackend> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dataDir, pglite: import.meta.resolve('@electric-sql/pglite') } });
  } catch (err) {
    throw new WorkerStartError('no worker thread', { cause: err });
  }
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  let next = 1;
  let inTx = false;
  let closed = false;
  let gone: Error | undefined;
  const fail = (err: Error) => {
    gone ??= err;
    closed = true;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  const opened = new Promise<void>((resolve, reject) => waiting.set(0, { resolve: () => resolve(), reject }));
  // Keeps the process alive only while an answer is awaited: an idle open database never held
  // the process open when PGlite ran on the main thread, and must not now.
  const holdWhileWaiting = () => (waiting.size > 0 ? worker.ref() : worker.unref());
  worker.on('message', (r: Reply) => {
    const w = waiting.get(r.id);
    if (!w) return;
    waiting.delete(r.id);
    holdWhileWaiting();
    if (r.inTx !== undefined) inTx = r.inTx;
    if (r.error !== undefined) w.reject(r.unstarted ? new WorkerStartError('PGlite did not load in a worker', { cause: new Error(r.error) }) : new Error(r.error));
    else w.resolve(r);
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => fail(new Error(`the embedded PostgreSQL worker exited (code ${code})`)));
  const call = (m: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<Reply> => {
    if (gone) return Promise.reject(gone);
    const id = next++;
    return new Promise<Reply>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      holdWhileWaiting();
      worker.postMessage({ ...m, id }, transfer);
    });
  };
  try {
    await opened;
  } catch (err) {
    await worker.terminate();
    // Gone before it said anything: the worker itself did not run.
    if (err === gone) throw new WorkerStartError('the worker thread stopped before PGlite opened', { cause: err });
    throw err;
  }
  let closing: Promise<void> | undefined;
  return {
    get closed() {
      return closed;
    },
    isInTransaction: () => inTx,
    protocol: async (msg, onData) => {
      // A copy of its own, so the transfer cannot take a buffer the caller still uses.
      const own = msg.slice();
      const r = await call({ op: 'protocol', msg: own }, [own.buffer as ArrayBuffer]);
      for (const c of r.chunks ?? []) onData(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    },
    exec: async (sql) => void (await call({ op: 'exec', sql })),
    close: () =>
      (closing ??= (async () => {
        if (!gone) await call({ op: 'close' }).catch(() => undefined);
        closed = true;
        await worker.terminate();
      })()),
  };
}
