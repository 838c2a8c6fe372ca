// A throwaway Prometheus Alertmanager for tests that must show alerts land in the real thing.
// Uses Debian's packaged binary; CI installs it with `apt-get install -y prometheus-alertmanager`.
// Clustering is off (no gossip port), storage and config live in a temp directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARIES = ['/usr/bin/prometheus-alertmanager', '/usr/local/bin/alertmanager', '/usr/bin/alertmanager'];

export interface AlertmanagerServer {
  url: string;
  /** Stops the process and deletes its directory; safe to call twice. */
  stop(): Promise<void>;
}

/** Every alert's notifications go to a receiver with no integrations: the test reads alerts back through the API. */
const CONFIG = `route:
  receiver: blackhole
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: blackhole
`;

export async function startAlertmanager(): Promise<AlertmanagerServer> {
  const bin = BINARIES.find((b) => existsSync(b));
  if (!bin) throw new Error('Prometheus Alertmanager not found; run `apt-get install -y prometheus-alertmanager`');
  const dir = await mkdtemp(join(tmpdir(), 'homeostat-am-'));
  await writeFile(join(dir, 'alertmanager.yml'), CONFIG);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log: string[] = [];
    const child = spawn(bin, [
      `--config.file=${join(dir, 'alertmanager.yml')}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => log.push(c.toString()));
    child.stderr!.on('data', (c: Buffer) => log.push(c.toString()));
    const url = `http://127.0.0.1:${port}`;
    if (await ready(url, child)) {
      let stopped: Promise<void> | undefined;
      return {
        url,
        stop: () =>
          (stopped ??= (async () => {
            await kill(child);
            await rm(dir, { recursive: true, force: true });
          })()),
      };
    }
    await kill(child);
    if (attempt >= 3 || !/address already in use/i.test(log.join(''))) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`Alertmanager did not start on port ${port}:\n${log.join('')}`);
    }
  }
}

async function ready(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}
