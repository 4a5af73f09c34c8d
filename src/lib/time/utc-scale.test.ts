import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { utcScale } from './utc-scale';

describe('utcScale', () => {
  it('maps and inverts exactly as d3-scale’s scaleUtc', () => {
    const domain: [Date, Date] = [new Date(Date.UTC(2022, 11, 7)), new Date(Date.UTC(2023, 3, 1))];
    for (const range of [
      [24, 1256],
      [12, 351],
      [0, 0.5],
    ] as [number, number][]) {
      const ours = utcScale(domain, range);
      const d3 = scaleUtc().domain(domain).range(range);
      for (let day = -3; day <= 120; day += 1.25) {
        const d = new Date(+domain[0] + day * 86_400_000);
        expect(ours(d)).toBe(d3(d));
      }
      for (let x = -10; x <= 1300; x += 7.3) expect(+ours.invert(x)).toBe(+d3.invert(x));
      expect(ours.domain()).toEqual(d3.domain());
      expect(ours.range()).toEqual(d3.range());
    }
  });
});
