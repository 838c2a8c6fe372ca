// The shop's database when no PostgreSQL URL is given: PGlite in its own data directory, served
// over the PostgreSQL wire protocol (pglite-socket) in a process of its own, as a database
// server would be (a slow statement blocks this process, not the services).
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dataDir = process.env.SHOP_DB_DIR;
if (!dataDir) throw new Error('SHOP_DB_DIR is not set');
mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create({ dataDir });
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 32 });
await server.start();
const addr = server.getServerConn();
process.send?.({ type: 'ready', port: Number(addr.split(':').pop()) });

const stop = async () => {
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
