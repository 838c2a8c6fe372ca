// Per-template rate tracking for surge flags: counts per fixed bucket and an EWMA of past
// buckets. Each template is its own baseline, so a chatty template is not a surge just
// for being chatty, and a quiet one is when it jumps.

import type { RateOptions } from './options.ts';

export interface RateState {
  /** Index of the bucket being counted (timeMs / bucketMs), or NaN before the first line. */
  bucket: number;
  bucketCount: number;
  baseline: number;
  /** Completed buckets folded into the baseline. */
  buckets: number;
  /** Bucket already reported as a surge, so a surge is reported once per bucket. */
  surgedBucket: number;
}

/** Empty buckets folded per gap are capped: after this many the baseline is effectively zero anyway. */
const MAX_GAP = 1000;

export function newRateState(): RateState {
  return { bucket: NaN, bucketCount: 0, baseline: 0, buckets: 0, surgedBucket: NaN };
}

/** Count one line at `timeMs`; true when this line makes the current bucket a surge. */
export function observe(s: RateState, timeMs: number, o: RateOptions): boolean {
  const b = Math.floor(timeMs / o.bucketMs);
  if (s.bucket !== s.bucket) s.bucket = b;
  else if (b > s.bucket) {
    s.baseline = s.buckets === 0 ? s.bucketCount : s.baseline + o.alpha * (s.bucketCount - s.baseline);
    s.buckets++;
    const gap = Math.min(b - s.bucket - 1, MAX_GAP);
    if (gap > 0) {
      s.baseline *= (1 - o.alpha) ** gap;
      s.buckets += gap;
    }
    s.bucket = b;
    s.bucketCount = 0;
  }
  // Late lines (b < bucket) count towards the current bucket rather than rewriting history.
  s.bucketCount++;
  if (
    s.surgedBucket !== s.bucket &&
    s.buckets >= o.warmupBuckets &&
    s.bucketCount >= o.minSurgeCount &&
    s.bucketCount > o.surgeFactor * Math.max(s.baseline, 1)
  ) {
    s.surgedBucket = s.bucket;
    return true;
  }
  return false;
}

/** Lines in the bucket holding `nowMs`; 0 when the template has not been seen in it. */
export function currentCount(s: RateState, nowMs: number, o: RateOptions): number {
  return Math.floor(nowMs / o.bucketMs) === s.bucket ? s.bucketCount : 0;
}
