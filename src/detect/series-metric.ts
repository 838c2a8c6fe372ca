// Turns one OTLP metric point into per-step contributions. Cumulative streams are differenced
// against the previous point of the same stream, so a step holds what happened in it (a
// counter's increase, a histogram's new observations) instead of totals since process start.
import { Temporality, type MetricPoint } from '../records.ts';
import type { StepAcc } from './series-acc.ts';

/** Per-stream memory for differencing: last total and, for histograms, last bucket counts. */
export interface StreamPrev {
  prevT: number;
  prevValue: number;
  prevCount: number;
  prevCounts: number[] | null;
}

export function newStreamPrev(): StreamPrev {
  return { prevT: -Infinity, prevValue: NaN, prevCount: NaN, prevCounts: null };
}

export type MetricOutcome = 'ok' | 'nan' | 'out_of_order';

export function applyMetricPoint(p: MetricPoint, t: number, acc: StepAcc, prev: StreamPrev): MetricOutcome {
  const cumulative = p.type !== 'gauge' && p.type !== 'summary' && p.temporality === Temporality.CUMULATIVE;
  if (cumulative && t < prev.prevT) return 'out_of_order';
  switch (p.type) {
    case 'gauge':
    case 'sum': {
      const v = p.value;
      if (!Number.isFinite(v)) return 'nan';
      if (p.type === 'sum' && p.isMonotonic) {
        let inc: number;
        if (p.temporality === Temporality.DELTA) inc = v;
        else {
          // First point of a cumulative counter has no baseline; a drop is a restart from zero.
          inc = Number.isNaN(prev.prevValue) ? NaN : v >= prev.prevValue ? v - prev.prevValue : v;
          prev.prevValue = v;
          prev.prevT = t;
        }
        acc.count++;
        if (!Number.isNaN(inc)) {
          acc.valueSum += inc;
          acc.valueN = 1;
        }
      } else {
        acc.count++;
        acc.valueSum += v;
        acc.valueN++;
      }
      acc.last = v;
      return 'ok';
    }
    case 'histogram': {
      if (!Number.isFinite(p.sum) || !Number.isFinite(p.count)) return 'nan';
      let counts: number[] = p.bucketCounts;
      let n = p.count;
      let sum = p.sum;
      if (p.temporality === Temporality.CUMULATIVE) {
        const pc = prev.prevCounts;
        const reset = !pc || pc.length !== counts.length || p.count < prev.prevCount;
        const delta = reset ? null : counts.map((c, i) => c - pc[i]);
        const baseCount = prev.prevCount;
        const baseSum = prev.prevValue;
        prev.prevCounts = counts.slice();
        prev.prevCount = p.count;
        prev.prevValue = p.sum;
        prev.prevT = t;
        if (!pc) return 'ok'; // baseline only
        if (delta && delta.every((d) => d >= 0)) {
          counts = delta;
          n = p.count - baseCount;
          sum = p.sum - baseSum;
        }
      }
      if (n > 0) {
        acc.addBuckets(p.explicitBounds, counts, p.min, p.max);
        acc.count += n;
        acc.valueSum += sum;
        acc.valueN += n;
      }
      return 'ok';
    }
    case 'exponential_histogram': {
      if (!Number.isFinite(p.sum) || !Number.isFinite(p.count)) return 'nan';
      let n = p.count;
      let sum = p.sum;
      if (p.temporality === Temporality.CUMULATIVE) {
        const had = !Number.isNaN(prev.prevCount) && p.count >= prev.prevCount;
        const bc = prev.prevCount;
        const bs = prev.prevValue;
        prev.prevCount = p.count;
        prev.prevValue = p.sum;
        prev.prevT = t;
        if (Number.isNaN(bc)) return 'ok';
        if (had) {
          n = p.count - bc;
          sum = p.sum - bs;
        }
      }
      if (n > 0) {
        // Positive buckets only, converted to explicit bounds. Cumulative points give quantiles
        // since start (an approximation; the mean above is exact per step).
        const base = Math.pow(2, Math.pow(2, -p.scale));
        const bounds: number[] = [0];
        const counts: number[] = [p.zeroCount];
        for (let i = 0; i < p.positiveBucketCounts.length; i++) {
          bounds.push(Math.pow(base, p.positiveOffset + i + 1));
          counts.push(p.positiveBucketCounts[i]);
        }
        counts.push(0);
        acc.addBuckets(bounds, counts, p.min, p.max);
        acc.count += n;
        acc.valueSum += sum;
        acc.valueN += n;
      }
      return 'ok';
    }
    case 'summary': {
      if (!Number.isFinite(p.sum) || !Number.isFinite(p.count)) return 'nan';
      for (let i = 0; i < p.quantiles.length; i++) {
        const q = p.quantiles[i];
        const v = p.quantileValues[i];
        if (q === 0.5) acc.q50 = v;
        else if (q === 0.95) acc.q95 = v;
        else if (q === 0.99) acc.q99 = v;
      }
      acc.count++;
      if (p.count > 0) {
        acc.valueSum += p.sum / p.count;
        acc.valueN++;
      }
      return 'ok';
    }
  }
}
