import { describe, expect, it } from 'vitest';
import { dayTotals, outlinePath } from './outline';

describe('outlinePath', () => {
  it('draws daily totals as one step outline on the cells scale, back to the baseline', () => {
    const path = outlinePath([0, 2, 2, 0, 1], (d) => d * 10, 10, 100, 5);
    expect(path).toBe('M0,100H10V90H20H30V100H40V95H50V100');
    expect(path.match(/M/g)).toHaveLength(1);
    expect(outlinePath([], (d) => d, 1, 0, 1)).toBe('');
  });

  it('sums categories per day; the input is not modified', () => {
    const counts = Int32Array.from([1, 2, 0, 0, 3, 1]);
    expect(Array.from(dayTotals(counts, 3))).toEqual([3, 4]);
    expect(Array.from(counts)).toEqual([1, 2, 0, 0, 3, 1]);
  });
});
