import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/store/postgres/client.ts';
import { silentLogger, type Logger } from '../../../src/telemetry/index.ts';
import { migratePostgres } from '../../../src/store/postgres/migrate.ts';
import { freePort, startPostgresServer } from '../../helpers/postgres-server.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function recordingLogger() {
  const warnings: { o: object; msg?: string }[] = [];
  let notify: () => void = () => undefined;
  const logger: Logger = {
    debug: () => undefined,
    error: () => undefined,
    info: () => undefined,
    warn: (o: object | string, msg?: string) => {
      warnings.push({ o: o as object, msg });
      notify();
    },
  };
  const firstWarning = new Promise<void>((resolve) => (notify = resolve));
  return { logger, warnings, firstWarning };
}

describe('openPostgres with a server URL', () => {
  it('rejects with a clear error, password masked, when nothing listens on the port', async () => {
    const port = await freePort();
    const url = `postgresql://homeostat:s3cret-pw@127.0.0.1:${port}/homeostat`;
    const err = await openPostgres({ url, dataDir: '/nonexistent-unused' }).then(
      () => expect.unreachable('openPostgres resolved against a closed port'),
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toContain(`cannot connect to PostgreSQL at postgresql://homeostat:***@127.0.0.1:${port}/homeostat`);
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).not.toContain('s3cret-pw');
    expect((err.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('survives the server going away: idle connections are logged, pings turn false, queries reject', async () => {
    const server = await startPostgresServer();
    cleanups.push(() => server.stop());
    const { logger, warnings, firstWarning } = recordingLogger();
    const handle = await openPostgres({ url: server.url, dataDir: '/nonexistent-unused', logger });
    cleanups.push(() => handle.close());
    expect(handle.embedded).toBe(false);
    expect(handle.url).toBe(server.url);
    // Leaves an idle pooled connection behind, the one whose 'error' would crash an unguarded process.
    expect(await handle.ping()).toBe(true);
    expect(handle.pool.idleCount).toBe(1);

    await server.stop();
    await firstWarning;
    expect(warnings[0].msg).toMatch(/postgres connection failed/);
    expect(await handle.ping()).toBe(false);
    await expect(handle.pool.query('SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('openPostgres embedded', () => {
  it('keeps data in dataDir across reopening, queues work behind a transaction, and closing twice is safe', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'homeostat-pglite-'));
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    // A folder that does not exist yet: openPostgres creates it.
    const dataDir = join(parent, 'nested', 'pg');

    const first = await openPostgres({ dataDir });
    try {
      expect(first.embedded).toBe(true);
      expect(first.url).toBe('pglite:in-process');
      expect(await first.ping()).toBe(true);
      expect((await migratePostgres(first.pool)).applied.length).toBeGreaterThan(0);
      await first.pool.query(`INSERT INTO self_healing_metric_samples (metric_name, metric_value) VALUES ('persisted', 1)`);

      // A transaction on the one pooled client, with other work issued meanwhile: the pool makes
      // that work wait its turn instead of interleaving with (or deadlocking on) the transaction.
      const client = await first.pool.connect();
      let outside: Promise<pg.QueryResult<{ n: number }>> | undefined;
      try {
        await client.query('BEGIN');
        await client.query(`INSERT INTO self_healing_metric_samples (metric_name, metric_value) VALUES ('turn', 1)`);
        outside = first.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM self_healing_metric_samples WHERE metric_name = 'turn'`);
        await client.query(`INSERT INTO self_healing_metric_samples (metric_name, metric_value) VALUES ('turn', 2)`);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expect((await outside!).rows).toEqual([{ n: 2 }]);
    } finally {
      await first.close();
    }
    await first.close();
    expect(await first.ping()).toBe(false);

    const second = await openPostgres({ dataDir });
    try {
      expect((await migratePostgres(second.pool)).applied).toEqual([]);
      const { rows } = await second.pool.query(`SELECT metric_value FROM self_healing_metric_samples WHERE metric_name = 'persisted'`);
      expect(rows).toEqual([{ metric_value: 1 }]);
    } finally {
      await second.close();
    }
  });
});

/** Listening sockets (TCP port or unix path) held by this process, from /proc (Linux). */
function listeningSockets(): Set<string> {
  const inodes = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      // The fd closed between listing and reading it.
    }
  }
  const found = new Set<string>();
  for (const table of ['tcp', 'tcp6']) {
    for (const line of readFileSync(`/proc/net/${table}`, 'utf8').split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === '0A' && inodes.has(f[9])) found.add(`tcp:${parseInt(f[1].split(':')[1], 16)}`);
    }
  }
  for (const line of readFileSync('/proc/net/unix', 'utf8').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    // Flags 00010000 is __SO_ACCEPTCON: a listening unix socket.
    if (f.length > 6 && f[3] === '00010000' && inodes.has(f[6])) found.add(`unix:${f[7] ?? '(unnamed)'}`);
  }
  return found;
}

describe('openPostgres embedded access', () => {
  it('opens no port and no socket file: nothing outside this process can connect, with any password', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'homeostat-pglite-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const before = listeningSockets();
    const logged: Array<object | string> = [];
    const handle = await openPostgres({ dataDir, logger: { ...silentLogger, info: (o) => void logged.push(o), warn: (o) => void logged.push(o) } });
    cleanups.push(() => handle.close());
    expect(await handle.ping()).toBe(true);
    const opened = [...listeningSockets()].filter((s) => !before.has(s));
    // Whatever did open is tried as an intruder would: the wrong password must not get in.
    const intrusions: string[] = [];
    for (const s of opened.filter((x) => x.startsWith('tcp:'))) {
      const intruder = new pg.Client({ host: '127.0.0.1', port: Number(s.slice(4)), user: 'postgres', password: 'wrong', database: 'postgres', ssl: false });
      intruder.on('error', () => undefined);
      const ok = await intruder.connect().then(() => intruder.query('SELECT 1').then(() => true), () => false).catch(() => false);
      await intruder.end().catch(() => undefined);
      if (ok) intrusions.push(s);
    }
    expect(intrusions).toEqual([]);
    expect(opened).toEqual([]);
    expect(JSON.stringify(logged)).not.toMatch(/127\.0\.0\.1|localhost|:\d{2,5}\//);
  });

  it('takes turns between connections: parameterised queries never cross, a transaction holds the others off, a dropped one rolls back', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'homeostat-pglite-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const handle = await openPostgres({ dataDir });
    cleanups.push(() => handle.close());
    const other = new pg.Pool({ ...handle.clientConfig!, max: 2 });
    cleanups.push(() => other.end());
    await handle.pool.query('CREATE TABLE turn (n int)');

    const asked = Array.from({ length: 60 }, (_, i) => i);
    const answers = await Promise.all(asked.map((i) => (i % 2 ? other : handle.pool).query<{ v: string }>('SELECT $1::text AS v', [`q${i}`])));
    expect(answers.map((r) => r.rows[0].v)).toEqual(asked.map((i) => `q${i}`));

    const tx = await other.connect();
    await tx.query('BEGIN');
    await tx.query('INSERT INTO turn VALUES (1)');
    const outside = handle.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM turn');
    await tx.query('INSERT INTO turn VALUES (2)');
    await tx.query('COMMIT');
    tx.release();
    expect((await outside).rows).toEqual([{ n: 2 }]);

    const dropped = await other.connect();
    await dropped.query('BEGIN');
    await dropped.query('INSERT INTO turn VALUES (3)');
    dropped.release(true);
    expect((await handle.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM turn')).rows).toEqual([{ n: 2 }]);
  });
});
