import { describe, expect, it } from 'vitest';
import { worseSinceAction } from '../../src/recover/verification.ts';
import type { DetectedEvent } from '../../src/records.ts';

const END = 1_000_000;
const WITHIN = 30_000;

function ev(values: Array<[number, number]>, updatedAt: number, worse = 'higher'): DetectedEvent {
  return { id: 'e', action: 'update', fingerprint: 'f', severity: 'HIGH', category: 'RESOURCE', message: '', sourceComponent: 'c', serviceName: 's', seriesKey: 'k', openedAt: 0, updatedAt, context: { worse, values } } as unknown as DetectedEvent;
}

describe('worseSinceAction', () => {
  // Each step after the action a tenth above 100: a verdict at END + 10 s (below, each check removes one condition).
  const rising: Array<[number, number]> = [[END - 2000, 100], [END + 2000, 112], [END + 4000, 118], [END + 6000, 115]];
  it('says so when the last three steps after the action are each a tenth above its value when it ran', () => {
    expect(worseSinceAction(ev([[END - 2000, 100], [END + 2000, 104], [END + 4000, 112], [END + 6000, 125], [END + 8000, 115]], END + 10_000), END, WITHIN)).toEqual({ from: 100, to: 115, ms: 10_000 });
  });
  it('waits a third of the window: a restart has a transient of its own', () => {
    expect(worseSinceAction(ev(rising, END + 10_000), END, WITHIN)).not.toBeNull();
    expect(worseSinceAction(ev(rising, END + 9_000), END, WITHIN)).toBeNull();
  });
  it('a climb that turned (the fix taking hold) or one under a tenth is no verdict', () => {
    expect(worseSinceAction(ev([[END - 2000, 100], [END + 2000, 120], [END + 4000, 125], [END + 6000, 108]], END + 10_000), END, WITHIN)).toBeNull();
    expect(worseSinceAction(ev([[END - 2000, 100], [END + 2000, 104], [END + 4000, 106], [END + 6000, 109]], END + 10_000), END, WITHIN)).toBeNull();
  });
  it('needs three steps after the action, the value when it ran, and a series where higher is worse', () => {
    expect(worseSinceAction(ev([[END - 2000, 100], [END + 2000, 120], [END + 4000, 125]], END + 10_000), END, WITHIN)).toBeNull();
    expect(worseSinceAction(ev(rising.slice(1), END + 10_000), END, WITHIN)).toBeNull();
    expect(worseSinceAction(ev(rising, END + 10_000, ''), END, WITHIN)).toBeNull();
  });
});
