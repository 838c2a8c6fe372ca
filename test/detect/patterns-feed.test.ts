// The pattern feed: error bodies and exception messages go through the template miner; a new
// template is a signal only after the warm-up, a surge once per bucket, and both reach the
// detect engine's log path as signature incidents through DetectStage.logs.
import { describe, expect, it } from 'vitest';
import type { PatternFinding } from '../../src/detect/log-path.ts';
import { PatternFeed } from '../../src/detect/patterns-feed.ts';
import { DetectStage } from '../../src/detect/stage.ts';
import type { DetectedEvent } from '../../src/records.ts';
import { log, resource } from '../../bench/lib/detect-records.ts';

const T0 = Date.UTC(2024, 0, 1, 12);
// 1 s buckets, two of history before a template may surge, 5 lines at least.
const RATE = { bucketMs: 1000, warmupBuckets: 2, minSurgeCount: 5, surgeFactor: 3, alpha: 0.5 };
const OPTS = { warmupMs: 10_000, miner: { rate: RATE } };

/** One "db timeout" line per second for `seconds`, then the result of `extra`. */
function baseline(seconds: number) {
  return Array.from({ length: seconds }, (_, i) => log('api', T0 + i * 1000, 17, `db timeout after ${100 + i} ms on shard ${i % 4}`));
}

describe('PatternFeed', () => {
  it('reports a new template only after the warm-up', () => {
    const found: PatternFinding[] = [];
    const feed = new PatternFeed((f) => found.push(f), undefined, OPTS);
    feed.observe(baseline(5));
    feed.observe([log('api', T0 + 5000, 17, 'cache node evicted while warming')]);
    expect(found).toEqual([]);
    expect(feed.counters.newTemplates).toBe(2);
    feed.observe([log('api', T0 + 12_000, 17, 'payment gateway refused the card'), log('api', T0 + 12_500, 9, 'user clicked a brand new button')]);
    expect(found.map((f) => [f.kind, f.template, f.service])).toEqual([['new', 'payment gateway refused the card', 'api']]);
    expect(found[0].t).toBe(T0 + 12_000);
  });

  it('does not report a known error naming someone in several words as a new one', () => {
    const found: PatternFinding[] = [];
    const feed = new PatternFeed((f) => found.push(f), undefined, OPTS);
    const users = ['alice', 'bob', 'carol', 'dmitri', 'emeka', 'fatima', 'gus', 'hana', 'ivo', 'jules', 'kofi', 'lena', 'mei', 'nora', 'oskar', 'priya'];
    feed.observe(users.map((u, i) => log('game', T0 + i * 500, 17, `player ${u}[${7656 + i}] kicked: too many login attempts`)));
    feed.observe([log('game', T0 + 12_000, 17, 'player Mary Ann[77] kicked: too many login attempts'), log('game', T0 + 12_500, 17, 'ledger write failed: disk full')]);
    expect(found.map((f) => [f.kind, f.template])).toEqual([['new', 'ledger write failed: disk full']]);
    expect(feed.counters.namesOfKnown).toBe(1);
  });

  it('seeded with known templates, it skips the warm-up: known ones are not news, an unseen one is at once', () => {
    const found: PatternFinding[] = [];
    const feed = new PatternFeed((f) => found.push(f), undefined, OPTS);
    expect(feed.seed([{ template: 'db timeout after <*> ms on shard <*>', lastSeenMs: T0 - 60_000 }])).toBe(1);
    expect(feed.counters.newTemplates).toBe(0);
    feed.observe(baseline(2));
    feed.observe([log('api', T0 + 3000, 17, 'cache node evicted while warming')]);
    expect(found.map((f) => [f.kind, f.template])).toEqual([['new', 'cache node evicted while warming']]);
    expect(feed.counters.newTemplates).toBe(1);
  });

  it('reports a surge once per bucket, with its count and baseline', () => {
    const found: PatternFinding[] = [];
    const feed = new PatternFeed((f) => found.push(f), undefined, OPTS);
    feed.observe(baseline(5));
    expect(found).toEqual([]);
    const burst = Array.from({ length: 12 }, (_, i) => log('api', T0 + 5000 + i * 50, 17, `db timeout after ${900 + i} ms on shard 2`));
    feed.observe(burst);
    expect(found.map((f) => f.kind)).toEqual(['surge']);
    expect(found[0].template).toBe(feed.miner.templates()[0].template);
    expect(found[0].count).toBe(5);
    expect(found[0].baseline).toBeGreaterThan(0);
    expect(found[0].count).toBeGreaterThan(RATE.surgeFactor * found[0].baseline);
  });

  it('mines exception.message once when it repeats the body, and skips self-telemetry', () => {
    const feed = new PatternFeed(() => undefined, undefined, OPTS);
    const self = resource('homeostat', ['homeostat.self', 'true']);
    feed.observe([
      log('api', T0, 17, 'boom', ['exception.message', 'boom']),
      log('api', T0, 17, 'handler failed', ['exception.message', 'index 4 out of range']),
      log('homeostat', T0, 17, 'self error', [], self),
      log('api', 0, 17, 'no time'),
    ]);
    expect(feed.counters.lines).toBe(3);
    expect(feed.counters.skipped).toBe(1);
    expect(feed.miner.templates().map((t) => t.template).sort()).toEqual(['boom', 'handler failed', 'index <*> out of range']);
  });

  it('feeds the engine through DetectStage.logs: new and surging templates open signature incidents', () => {
    const stage = new DetectStage({ stepMs: 10_000, latenessMs: 10_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: { multivariate: false }, patterns: OPTS });
    const events: DetectedEvent[] = [];
    stage.onEvent((e) => events.push(e));
    stage.logs(baseline(5));
    expect(events).toEqual([]);
    stage.logs(Array.from({ length: 12 }, (_, i) => log('api', T0 + 5000 + i * 50, 17, `db timeout after ${900 + i} ms on shard 2`)));
    stage.logs([log('checkout', T0 + 12_000, 18, 'payment gateway refused the card')]);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened.map((e) => [e.serviceName, e.context.finding])).toEqual([
      ['api', 'template_surge'],
      ['checkout', 'template_new'],
    ]);
    expect(opened[1].message).toBe('new error template in checkout: payment gateway refused the card');
    expect(opened[0].category).toBe('DATABASE');
    expect(stage.errors).toBe(0);
  });

  it('a brand-new error opens one incident, not one per detector (novel signature, new template, FATAL)', () => {
    // Both warm-ups are over: the engine's novel-signature detector and the template miner would each report it.
    const stage = new DetectStage({ stepMs: 10_000, latenessMs: 10_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: { multivariate: false, novelWarmupMs: 10_000 }, patterns: OPTS });
    const events: DetectedEvent[] = [];
    stage.onEvent((e) => events.push(e));
    stage.logs(baseline(5));
    stage.logs([log('checkout', T0 + 12_000, 17, 'payment gateway refused the card')]);
    stage.logs([log('billing', T0 + 13_000, 21, 'ledger volume unmounted')]);
    const opened = events.filter((e) => e.action === 'open');
    expect(opened.map((e) => [e.serviceName, e.message])).toEqual([
      ['checkout', 'new error signature in checkout: Error: payment gateway refused the card'],
      ['billing', 'FATAL log in billing: Error: ledger volume unmounted'],
    ]);
    // The template finding joined the signature's incident as context instead of opening its own,
    // and that context is in the open event itself: diagnosis and storage see it from the start.
    expect(opened[0].context).toMatchObject({ template: 'payment gateway refused the card', finding: 'novel' });
    expect(events.filter((e) => e.action !== 'open')).toEqual([]);
    expect(stage.patterns!.counters.signals).toBe(2);
  });

  it('is off unless asked for', () => {
    const stage = new DetectStage({ stepMs: 10_000, latenessMs: 10_000, maxSeries: 100, database: 'otel', warmupHours: 0, engine: { multivariate: false } });
    expect(stage.patterns).toBeUndefined();
    expect(stage.patternStore).toBeUndefined();
  });
});
