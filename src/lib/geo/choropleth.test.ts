import { describe, expect, it } from 'vitest';
import { classify, classOf, classRange, colorOf, niceBound, regionValues, shadeWeight } from './choropleth';

describe('regionValues', () => {
  it('passes counts through and turns them into rates per 100,000 with the population', () => {
    expect(regionValues('events', [3, 0], [100_000, null])).toEqual([3, 0]);
    expect(regionValues('deaths-per-100k', [36, 1, 2], [1_172_697, 8_574_974, null])).toEqual([
      (36 / 1_172_697) * 100_000,
      (1 / 8_574_974) * 100_000,
      null, // no population: no rate, never 0
    ]);
  });

  it('maps modes to the summed weight', () => {
    expect(shadeWeight('off')).toBeNull();
    expect(shadeWeight('events-per-100k')).toBe('events');
    expect(shadeWeight('deaths')).toBe('deaths');
  });
});

describe('classify', () => {
  it.each([
    [0.00123, 0.0012],
    [3.456, 3.4],
    [0.0854, 0.085],
    [0.77, 0.77],
    [0.767, 0.76],
    [12.3, 12],
  ])('rounds rate bound %f down to two significant digits (%f)', (v, out) => {
    expect(niceBound(v, false)).toBeCloseTo(out, 10);
  });

  it('leaves zeros and nulls unshaded, and puts every positive value in a class', () => {
    const values = [62, 43, 40, 26, 24, 18, 11, 10, 9, 9, 8, 8, 8, 5, 5, 4, 4, 4, 4, 3, 2, 2, 1, 0, 0, null];
    const copy = [...values];
    const c = classify(values, true);
    expect(values).toEqual(copy); // not modified
    expect(c.lower.length).toBe(5);
    expect(c.colors.length).toBe(5);
    expect(c.max).toBe(62);
    for (let k = 1; k < c.lower.length; k++) expect(c.lower[k]!).toBeGreaterThan(c.lower[k - 1]!);
    expect(classOf(c, 0)).toBe(-1);
    expect(classOf(c, null)).toBe(-1);
    expect(colorOf(c, 0)).toBeNull();
    for (const v of values) if (v) expect(classOf(c, v)).toBeGreaterThanOrEqual(0);
    expect(classOf(c, 1)).toBe(0);
    expect(classOf(c, 62)).toBe(4);
    // Larger values never fall in a lighter class.
    const sorted = values.filter((v): v is number => !!v).sort((a, b) => a - b);
    for (let j = 1; j < sorted.length; j++)
      expect(classOf(c, sorted[j]!)).toBeGreaterThanOrEqual(classOf(c, sorted[j - 1]!));
  });

  it('gives each distinct value its own class when there are few', () => {
    const c = classify([0, 2, 2, 7], true);
    expect(c.lower).toEqual([2, 7]);
    expect(classRange(c, 0)).toEqual([2, 6]);
    expect(classRange(c, 1)).toEqual([7, 7]);
  });

  it('gives two rates two classes, whatever their rounding (Puno 0.767 and Apurímac 0.248 per 100,000)', () => {
    const c = classify([0, 0.7673, 0.2475, null], false);
    expect(c.lower.length).toBe(2);
    expect(classOf(c, 0.2475)).toBe(0);
    expect(classOf(c, 0.7673)).toBe(1);
    for (const b of c.lower) expect(b).toBeLessThanOrEqual(c.max);
    const close = classify([0.251, 0.259], false);
    expect(classOf(close, 0.251)).toBe(0);
    expect(classOf(close, 0.259)).toBe(1);
  });

  it('classes rates with readable bounds and the smallest value included', () => {
    const c = classify([0.0853, 0.34, 1.2, 3.07, 0.011, 0.5, 2.2], false);
    expect(classOf(c, 0.011)).toBe(0);
    expect(classOf(c, 3.07)).toBe(c.lower.length - 1);
    for (const b of c.lower.slice(1)) expect(Number(b.toPrecision(2))).toBeCloseTo(b, 9);
  });

  it('has no classes when nothing has a value', () => {
    const c = classify([0, null, 0], true);
    expect(c.lower).toEqual([]);
    expect(classOf(c, 3)).toBe(-1);
  });
});

describe('shadeColors', () => {
  it('are d3-scale-chromatic Purples at the documented points, light to dark', async () => {
    const { interpolatePurples } = await import('d3-scale-chromatic');
    const { shadeColors } = await import('./choropleth');
    expect(shadeColors(0)).toEqual([]);
    expect(shadeColors(1)).toEqual([interpolatePurples(0.35)]);
    for (let k = 2; k <= 5; k++)
      expect(shadeColors(k)).toEqual(
        Array.from({ length: k }, (_, i) => interpolatePurples(0.2 + (0.46 * i) / (k - 1))),
      );
  });
});
