import { describe, expect, it } from 'vitest';
import { groupingAccuracy } from '../../bench/lib/grouping-accuracy.ts';

describe('groupingAccuracy', () => {
  it('is 1 for a perfect grouping whatever the ids are called', () => {
    expect(groupingAccuracy(['x', 'x', 'y', 'z'], ['E1', 'E1', 'E2', 'E3'])).toBe(1);
  });

  it('counts nothing from a group that merges two true events', () => {
    // Predicted A = {0,1,2} mixes E1 {0,1} and E2 {2}; B = {3} equals E3.
    expect(groupingAccuracy(['A', 'A', 'A', 'B'], ['E1', 'E1', 'E2', 'E3'])).toBe(0.25);
  });

  it('counts nothing from an event split over two predicted groups', () => {
    // E1 = {0,1,2} predicted as {0,1} and {2}: none of its lines is right; E2 = {3,4} is.
    expect(groupingAccuracy([1, 1, 2, 3, 3], ['E1', 'E1', 'E1', 'E2', 'E2'])).toBe(0.4);
  });

  it('handles one line per event and everything in one group', () => {
    expect(groupingAccuracy([1, 2, 3], [7, 8, 9])).toBe(1);
    expect(groupingAccuracy([1, 1, 1], [7, 8, 9])).toBe(0);
    expect(groupingAccuracy([1, 1, 1], [7, 7, 7])).toBe(1);
  });

  it('works on typed arrays and an empty input, and rejects length mismatches', () => {
    expect(groupingAccuracy(new Uint32Array([0, 0, 1]), new Uint16Array([5, 5, 6]))).toBe(1);
    expect(groupingAccuracy([], [])).toBe(1);
    expect(() => groupingAccuracy([1], [1, 2])).toThrow(RangeError);
  });
});
