import { describe, expect, it } from 'vitest';
import { compareWithPublished, DEFENSORIA_TOTALS, diamondsPath, stepPath, tollAt, tollScale } from './toll';
import { parseDay } from './days';

const d = (s: string) => parseDay(s)!;
const bounds = { from: d('2023-01-01'), to: d('2023-01-05') };
const g = { x: (k: number) => 10 + k * 10, dayWidth: 10, bottom: 50, height: 40, max: 4 };

describe('the Defensoría totals', () => {
  it('are the ten running totals of data/README.md, rising to the final 67 on 21 March 2023', () => {
    expect(DEFENSORIA_TOTALS.map((t) => t.total)).toEqual([6, 27, 28, 49, 54, 57, 58, 60, 66, 67]);
    const last = DEFENSORIA_TOTALS[DEFENSORIA_TOTALS.length - 1]!;
    expect(last.day).toBe(d('2023-03-21'));
    for (const t of DEFENSORIA_TOTALS)
      if (t.civilian !== undefined) expect(t.civilian + (t.security ?? 0) + (t.blockade ?? 0)).toBe(t.total);
    for (let k = 1; k < DEFENSORIA_TOTALS.length; k++)
      expect(DEFENSORIA_TOTALS[k]!.day).toBeGreaterThan(DEFENSORIA_TOTALS[k - 1]!.day);
  });
});

describe('compareWithPublished', () => {
  it('puts the ledger beside each published total and flags the dates that differ', () => {
    const counted = Int32Array.from([1, 2, 2, 4, 4]);
    const zero = new Int32Array(5);
    const published = [
      { day: d('2023-01-02'), label: { es: '', en: '' }, total: 2 },
      { day: d('2023-01-04'), label: { es: '', en: '' }, total: 3 },
      { day: d('2023-02-01'), label: { es: '', en: '' }, total: 4 }, // after the bounds: the last day's count
    ];
    const c = compareWithPublished(counted, { civilian: counted, security: zero, blockade: zero }, bounds, published);
    expect(c.map((x) => [x.ledger, x.differs])).toEqual([
      [2, false],
      [4, true],
      [4, false],
    ]);
    expect(c[1]!.ledgerByKind.civilian).toBe(4);
  });
});

describe('paths of constant size', () => {
  it('draws the running count as one step path, rising on the days with deaths', () => {
    const path = stepPath(Int32Array.from([0, 1, 1, 3, 3]), g);
    expect(path.startsWith('M10,50')).toBe(true);
    expect(path.match(/V/g)).toHaveLength(2); // two steps: day 1 and day 3
    expect(path).toContain('V40'); // 1 of 4 → 10 px up
    expect(path.endsWith('H60')).toBe(true);
    expect(stepPath(new Int32Array(0), g)).toBe('');
  });

  it('draws every mark in one path and reads the count at any day', () => {
    expect(diamondsPath([0, 2], [1, 4], g).match(/M/g)).toHaveLength(2);
    const cum = Int32Array.from([0, 1, 1, 3, 3]);
    expect(tollAt(cum, bounds, d('2023-01-04'))).toBe(3);
    expect(tollAt(cum, bounds, d('2022-12-31'))).toBe(0);
    expect(tollAt(cum, bounds, d('2023-03-01'))).toBe(3);
  });
});

describe('tollScale', () => {
  it.each([
    [75, 80, [20, 40, 60, 80]],
    [67, 80, [20, 40, 60, 80]],
    [28, 30, [10, 20, 30]],
    [3, 3, [1, 2, 3]],
    [1, 1, [1]],
    [0, 1, []],
  ])('a toll of %i gets a round top %i with gridlines %j', (max, top, ticks) => {
    expect(tollScale(max)).toEqual({ top, ticks });
  });
});
