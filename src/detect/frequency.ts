// Error signatures: exception type + message with the variable parts masked, so
// "timeout after 3012 ms for id 7f3a…" and "timeout after 15 ms for id 01be…" are one kind
// of error. Flags signatures never seen before (novelty) and signatures whose per-bucket
// count leaves their own baseline. Signatures live in a bounded LRU.
import { newCounters, type InputCounters } from './detector.ts';

const MASKS: [RegExp, string][] = [
  [/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '<str>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '<ip>'],
  [/\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b/gi, '<ip>'],
  [/\b0x[0-9a-f]+\b/gi, '<hex>'],
  // Long hex runs with at least one digit are ids/hashes; plain words like "deadbeef" are rare enough.
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/gi, '<hex>'],
  [/[-+]?\d+(?:\.\d+)?/g, '<num>'],
];

export function normaliseMessage(message: string): string {
  let m = message;
  for (const [re, rep] of MASKS) m = m.replace(re, rep);
  return m.replace(/\s+/g, ' ').trim().slice(0, 512);
}

export function signatureOf(exceptionType: string, message: string): string {
  return `${exceptionType || 'Error'}: ${normaliseMessage(message)}`;
}

export interface FrequencyOptions {
  bucketMs: number;
  /** Most signatures tracked; the least recently seen is forgotten first. */
  capacity: number;
  alpha: number;
  /** Poisson-style z above which a bucket count is a burst. */
  zThreshold: number;
  /** Buckets a signature must have lived before its rate can be judged. */
  minBuckets: number;
}

export const DEFAULT_FREQUENCY: FrequencyOptions = { bucketMs: 60_000, capacity: 2000, alpha: 0.1, zThreshold: 4, minBuckets: 5 };

/** ≈ 40 bytes of numbers + the signature string per tracked signature. */
interface SigStats {
  baseline: number;
  current: number;
  buckets: number;
}

export interface FrequencyEvent {
  kind: 'novel' | 'burst';
  signature: string;
  t: number;
  count: number;
  baseline: number;
  score: number;
}

export class FrequencyDetector {
  readonly opts: FrequencyOptions;
  readonly counters: InputCounters = newCounters();
  /** Map iteration order is insertion order: re-inserting on use makes it an LRU. */
  private readonly sigs = new Map<string, SigStats>();
  private bucketStart = NaN;
  evicted = 0;

  constructor(opts?: Partial<FrequencyOptions>) {
    this.opts = { ...DEFAULT_FREQUENCY, ...opts };
  }

  get size(): number {
    return this.sigs.size;
  }

  /** Record one error occurrence; returns events from buckets closed by time passing plus novelty. */
  observe(t: number, exceptionType: string, message: string): FrequencyEvent[] {
    return this.observeSignature(t, signatureOf(exceptionType, message));
  }

  /** observe() for a signature the caller has already computed (signatureOf). */
  observeSignature(t: number, sig: string): FrequencyEvent[] {
    if (!Number.isFinite(t)) {
      if (Number.isNaN(t)) this.counters.nan++;
      else this.counters.infinite++;
      return [];
    }
    if (t < this.bucketStart) {
      this.counters.outOfOrder++;
      return [];
    }
    const events = this.advance(t);
    let st = this.sigs.get(sig);
    if (st) this.sigs.delete(sig);
    else {
      st = { baseline: 0, current: 0, buckets: 0 };
      events.push({ kind: 'novel', signature: sig, t, count: 1, baseline: 0, score: 1 });
      if (this.sigs.size >= this.opts.capacity) {
        const oldest = this.sigs.keys().next().value as string;
        this.sigs.delete(oldest);
        this.evicted++;
      }
    }
    st.current++;
    this.sigs.set(sig, st);
    return events;
  }

  /** Close every bucket that ended at or before t; call periodically even without errors. */
  advance(t: number): FrequencyEvent[] {
    const events: FrequencyEvent[] = [];
    const b = this.opts.bucketMs;
    if (Number.isNaN(this.bucketStart)) {
      this.bucketStart = Math.floor(t / b) * b;
      return events;
    }
    let closed = 0;
    while (t >= this.bucketStart + b) {
      this.closeBucket(this.bucketStart + b, events);
      this.bucketStart += b;
      // After a long silence, one pass of decay per bucket is pointless work; cap it.
      if (++closed > 1000) this.bucketStart = Math.floor(t / b) * b;
    }
    return events;
  }

  private closeBucket(tEnd: number, events: FrequencyEvent[]): void {
    const o = this.opts;
    for (const [sig, st] of this.sigs) {
      const c = st.current;
      if (st.buckets >= o.minBuckets) {
        // Poisson noise: variance ≈ mean; +1 keeps a near-zero baseline from making 2 errors a storm.
        const z = (c - st.baseline) / Math.sqrt(st.baseline + 1);
        if (z >= o.zThreshold) events.push({ kind: 'burst', signature: sig, t: tEnd, count: c, baseline: st.baseline, score: Math.min(1, z / (2 * o.zThreshold)) });
      }
      st.baseline = st.buckets === 0 ? c : st.baseline + o.alpha * (c - st.baseline);
      st.buckets++;
      st.current = 0;
    }
  }
}
