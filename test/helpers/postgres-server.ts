// A throwaway PostgreSQL 15 cluster for tests that must prove behaviour on a real server, not
// only on PGlite. Uses Debian's packaged binaries; CI installs them with `apt-get install -y postgresql`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

export interface PostgresServer {
  /** Trust-auth URL for the `postgres` superuser on 127.0.0.1. */
  url: string;
  port: number;
  /** Stops the server immediately and deletes its directory; safe to call twice. */
  stop(): Promise<void>;
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const initdb = join(BIN, 'initdb');
  const pgCtl = join(BIN, 'pg_ctl');
  if (!existsSync(initdb) || !existsSync(pgCtl)) {
    throw new Error(`PostgreSQL 15 server binaries not found in ${BIN}; run \`apt-get install -y postgresql\``);
  }
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  // PostgreSQL refuses to run as root, so as root we hand the directory to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const pgRun = (bin: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await pgRun(pgCtl, ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    })());

  try {
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await pgRun(initdb, ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // The free port can be taken by someone else before the server binds it; try a few.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        await pgRun(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '120', '-o', serverOptions(port, dir)]);
        break;
      } catch (err) {
        const log = await readFile(logFile, 'utf8').catch(() => '(no server log)');
        if (attempt < 3 && /could not bind|Address already in use/i.test(log)) continue;
        throw new Error(`PostgreSQL test server did not start on port ${port}:\n${log}`, { cause: err });
      }
    }
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function serverOptions(port: number, socketDir: string): string {
  return [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${socketDir}'`,
    // Durability is pointless for a cluster deleted after the run, and fsync is slow on shared disks.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
}

/** A port nothing listens on right now (another process could take it before we do, rarely). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not read the assigned port'))));
    });
  });
}

export interface RestartablePostgres {
  url: string;
  start(): Promise<void>;
  /** A fast shutdown: clients see their connections end, then refused connections until start(). */
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

/** A PostgreSQL cluster on a fixed port that can be stopped and started again (an outage, then recovery). */
export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-pg-restart-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  const pgRun = (bin: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(BIN, bin), ...args]) : run(join(BIN, bin), args));
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    await chown(dir, uid, gid);
  }
  await pgRun('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const opts = `-p ${port} -c listen_addresses='127.0.0.1' -c unix_socket_directories='${dir}' -c fsync=off`;
  const start = async () => {
    try {
      await pgRun('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '120', '-o', opts]);
    } catch (err) {
      throw new Error(`postgres did not start: ${await readFile(log, 'utf8').catch(() => '')}`, { cause: err });
    }
  };
  const stop = () => pgRun('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']).then(() => undefined);
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async dispose() {
      await pgRun('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

