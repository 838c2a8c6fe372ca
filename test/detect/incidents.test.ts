// IncidentManager.heldOpens: incidents opened inside it go out once, at its end, carrying what
// later readers of the same records added; updates and closes inside it fold into that open.
import { describe, expect, it } from 'vitest';
import { DetectEngine } from '../../src/detect/engine.ts';
import type { DetectedEvent } from '../../src/records.ts';

const T0 = Date.UTC(2024, 0, 1, 12);

function setup() {
  const e = new DetectEngine({ stepMs: 10_000, multivariate: false });
  const events: DetectedEvent[] = [];
  e.onEvent((ev) => events.push(ev));
  return { inc: e.incidents, events };
}

const signal = (inc: DetectEngine['incidents'], t: number, traceId: string) =>
  inc.signal({ kind: 'signature', identity: 'api|Error: boom', service: 'api', component: 'api', category: 'API', message: 'new error signature in api: Error: boom', t, score: 0.75, extra: { signature: 'Error: boom' }, traceId });

describe('IncidentManager.heldOpens', () => {
  it('publishes an incident opened inside it once, at the end, with the context added meanwhile and the updates folded in', () => {
    const { inc, events } = setup();
    inc.heldOpens(() => {
      signal(inc, T0, 'trace-1');
      inc.annotate('signature', 'api|Error: boom', { template: 'boom' });
      signal(inc, T0 + 500, 'trace-2');
      expect(events).toEqual([]);
    });
    expect(events.map((e) => e.action)).toEqual(['open']);
    expect(events[0].context).toMatchObject({ template: 'boom', occurrences: 2, exemplarTraceIds: ['trace-1', 'trace-2'] });
    expect(events[0].updatedAt).toBe(T0 + 500);
    // Outside it, events go out at once again.
    signal(inc, T0 + 1000, 'trace-3');
    inc.tick(T0 + 3_600_000, 60_000, 60_000, 60_000);
    expect(events.map((e) => e.action)).toEqual(['open', 'close']);
  });

  it('an incident opened and closed inside it still goes out as an open followed by its close', () => {
    const { inc, events } = setup();
    inc.heldOpens(() => {
      signal(inc, T0, 'trace-1');
      inc.tick(T0 + 3_600_000, 60_000, 60_000, 60_000);
    });
    expect(events.map((e) => [e.action, e.id])).toEqual([
      ['open', events[0].id],
      ['close', events[0].id],
    ]);
    expect(events[1].closedAt).toBe(T0 + 3_600_000);
  });

  it('leaves incidents opened before it alone: their updates go out at once', () => {
    const { inc, events } = setup();
    signal(inc, T0, 'trace-1');
    inc.heldOpens(() => {
      inc.tick(T0 + 3_600_000, 60_000, 60_000, 60_000);
      expect(events.map((e) => e.action)).toEqual(['open', 'close']);
    });
  });
});
