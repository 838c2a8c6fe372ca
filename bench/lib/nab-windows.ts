// Label handling for NAB: timestamps → record indices, and the probationary period.

import { parseTimestamp } from '../../src/detect/timestamp.ts';

/** Inclusive record-index window [start, end]. */
export interface IndexWindow {
  start: number;
  end: number;
}

/**
 * Map timestamp windows onto rows: a window spans the rows whose timestamps fall within
 * [start, end]. Windows that contain no row are dropped (they could never be detected).
 */
export function windowsToIndices(timestamps: ArrayLike<number>, windows: [string, string][]): IndexWindow[] {
  const out: IndexWindow[] = [];
  for (const [a, b] of windows) {
    const lo = parseTimestamp(a);
    const hi = parseTimestamp(b);
    let start = -1;
    let end = -1;
    for (let i = 0; i < timestamps.length; i++) {
      const t = timestamps[i];
      if (t >= lo && t <= hi) {
        if (start < 0) start = i;
        end = i;
      }
    }
    if (start >= 0) out.push({ start, end });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Rows [0, probation) are a learning period in which detections are ignored. */
export function probationLength(n: number): number {
  return Math.min(Math.floor(0.15 * n), 750);
}

/** 1 for rows inside any window, else 0: the `label` column of NAB result files. */
export function labelsFor(n: number, windows: IndexWindow[]): Uint8Array {
  const labels = new Uint8Array(n);
  for (const w of windows) labels.fill(1, w.start, w.end + 1);
  return labels;
}
