// Template mining on the log path of detection: every ERROR-or-worse record's body and its
// `exception.message` go through one TemplateMiner. Each occurrence is summed into
// error_patterns (PatternStore), and two findings become detection signals on the engine's log
// path: a template never seen before (only after a warm-up, since at start every template is
// new) and a template surging above its own per-bucket baseline. Synchronous and bounded (the
// miner's LRU, the store's pending map); callers wrap it like every other detect entry point.
import { TemplateMiner, type MinerOptionsInput } from '../patterns/index.ts';
import type { KnownTemplate, PatternStore } from '../store/index.ts';
import { attr, type LogRecordItem } from '../records.ts';
import type { PatternFinding } from './log-path.ts';
import { guessCategory } from './metric-roles.ts';
import { isSelf, nsToMs, SEVERITY_ERROR } from './series-keys.ts';

export interface PatternFeedOptions {
  /** New templates first seen this soon after the first error line are learned, not reported. */
  warmupMs: number;
  miner: MinerOptionsInput;
}

export const DEFAULT_PATTERN_FEED: PatternFeedOptions = { warmupMs: 600_000, miner: {} };

export type PatternSink = (finding: PatternFinding) => void;

export interface PatternFeedCounters {
  lines: number;
  newTemplates: number;
  surges: number;
  /** Findings passed to the sink (new ones after warm-up, surges). */
  signals: number;
  /** Records without a usable timestamp. */
  skipped: number;
  /** New templates not reported: a known one with a name of several words in its variable. */
  namesOfKnown: number;
}

export class PatternFeed {
  readonly opts: PatternFeedOptions;
  readonly miner: TemplateMiner;
  readonly counters: PatternFeedCounters = { lines: 0, newTemplates: 0, surges: 0, signals: 0, skipped: 0, namesOfKnown: 0 };
  private firstT = NaN;
  // The miner reports a surge's bucket count and baseline only through its event callback,
  // which runs synchronously inside add(): stash them for the line being processed.
  private surgeCount = 0;
  private surgeBaseline = 0;
  private previousSignature = '';

  constructor(private readonly sink: PatternSink, private readonly store?: PatternStore, opts?: Partial<PatternFeedOptions>) {
    this.opts = { ...DEFAULT_PATTERN_FEED, ...opts };
    const userEvent = this.opts.miner.onEvent;
    this.miner = new TemplateMiner({
      ...this.opts.miner,
      onEvent: (e) => {
        if (e.kind === 'surge') {
          this.surgeCount = e.current;
          this.surgeBaseline = e.baseline;
        } else if (e.kind === 'generalised') this.previousSignature = e.previousSignature;
        userEvent?.(e);
      },
    });
  }

  /**
   * Teaches the miner templates stored before a restart, without counting, storing or reporting
   * them. A template text tokenizes back into itself (same signature), and its wildcards match
   * the lines it was mined from. With known templates loaded there is nothing to warm up: a
   * template unseen so far is news at once, the common case being an error a deploy introduced.
   */
  seed(known: KnownTemplate[]): number {
    for (const k of known) this.miner.add(k.template, k.lastSeenMs);
    if (known.length > 0) this.firstT = -Infinity;
    return known.length;
  }

  observe(logs: LogRecordItem[]): void {
    for (const l of logs) {
      if (l.severityNumber < SEVERITY_ERROR || isSelf(l.resource)) continue;
      const t = nsToMs(l.timeNs > 0n ? l.timeNs : l.observedTimeNs);
      if (!(t > 0)) {
        this.counters.skipped++;
        continue;
      }
      if (Number.isNaN(this.firstT)) this.firstT = t;
      const exMsg = attr(l.attributes, 'exception.message');
      if (l.body) this.line(l, l.body, t);
      // Often the body is the exception message itself; counting it twice would double its rate.
      if (exMsg && exMsg !== l.body) this.line(l, exMsg, t);
    }
  }

  private line(l: LogRecordItem, text: string, t: number): void {
    this.counters.lines++;
    this.previousSignature = '';
    const r = this.miner.add(text, t);
    const category = guessCategory(r.template);
    this.store?.record({
      signature: r.signature,
      template: r.template,
      timeMs: t,
      sample: text,
      category,
      // A generalised template is a new row (the signature hashes the template); the link lets
      // diagnosis follow a template's history across its generalisations.
      ...(this.previousSignature ? { metadata: { previousSignature: this.previousSignature } } : {}),
    });
    if (r.isNew) this.counters.newTemplates++;
    if (r.surge) this.counters.surges++;
    let reportNew = r.isNew && t - this.firstT >= this.opts.warmupMs;
    // A known error naming someone or something in several words (`Bob the Builder[<id>] died`
    // beside `<*> died`) is no new error: the miner keeps it apart only for its token count.
    if (reportNew && this.miner.spanOf(r.template) !== null) {
      reportNew = false;
      this.counters.namesOfKnown++;
    }
    if (!reportNew && !r.surge) return;
    const service = l.resource.serviceName;
    this.counters.signals++;
    this.sink({
      kind: r.surge ? 'surge' : 'new',
      service,
      component: l.scope.name || service,
      template: r.template,
      patternSignature: r.signature,
      t,
      count: r.surge ? this.surgeCount : 1,
      baseline: r.surge ? this.surgeBaseline : 0,
      traceId: l.traceId,
    });
  }
}
