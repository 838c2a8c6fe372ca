// The synthetic corpus's grouping accuracy is a figure the README quotes (1.00). A miner rule that
// reads one of its labelling conventions otherwise (6e8c432: an HTTP method never a variable,
// where the corpus labels a quoted request line's method as a value) dropped it to 0.75, and the
// set-by-set comparisons used while tuning did not show it. This keeps it in view.
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../bench/lib/patterns-corpus.ts';
import { groupingAccuracy } from '../../bench/lib/grouping-accuracy.ts';
import { TemplateMiner, assignEventIds } from '../../src/patterns/index.ts';

describe('the synthetic template corpus', () => {
  it('is grouped as labelled: 20,000 lines, grouping accuracy at least 0.99', () => {
    const n = 20_000;
    const lines: string[] = new Array(n);
    const labels = new Uint16Array(n);
    new Corpus(42).fill(lines, labels, 0, n);
    const m = new TemplateMiner();
    const ev = assignEventIds(lines.map((l) => m.add(l, 0).clusterId), (id) => m.get(id)?.template ?? '');
    expect(groupingAccuracy(ev.eventOf, labels)).toBeGreaterThanOrEqual(0.99);
  });
});
