// The harness chooses ports before the processes that bind them have started (Homeostat binds
// its receiver only once its storage is open): they must come from outside the range the kernel
// hands to outgoing connections and listen(0), and never twice.
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../examples/shop/launcher.ts';

function ephemeralLow(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  } catch {
    return 32_768;
  }
}

describe('freePort', () => {
  it('hands out distinct bindable ports below the ephemeral range', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 50; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
    const low = ephemeralLow();
    for (const p of ports) expect(p).toBeLessThan(low);
    // Each can be bound now.
    const p = ports[0];
    await new Promise<void>((resolve, reject) => {
      const s = createServer().once('error', reject).listen(p, '127.0.0.1', () => s.close(() => resolve()));
    });
  });

});
