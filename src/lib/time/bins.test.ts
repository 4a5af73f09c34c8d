import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { deathsByDay, packLanes, stackByDay } from './bins';

describe('stackByDay', () => {
  it('stacks each day in legend order, one cell per event, and reports the tallest column', () => {
    const events = [
      { index: 0, start: 10, category: 'march' as const },
      { index: 1, start: 10, category: 'blockade' as const },
      { index: 2, start: 11, category: 'other' as const },
      { index: 3, start: 10, category: 'blockade' as const },
    ];
    const { cells, max } = stackByDay(events, CATEGORIES);
    expect(max).toBe(3);
    expect(cells.filter((c) => c.day === 10).map((c) => [c.index, c.level])).toEqual([
      [1, 0],
      [3, 1],
      [0, 2],
    ]);
    expect(cells.find((c) => c.index === 2)).toMatchObject({ day: 11, level: 0 });
  });

  it('handles no events', () => {
    expect(stackByDay([], CATEGORIES)).toEqual({ cells: [], max: 0 });
  });
});

describe('packLanes', () => {
  it('puts overlapping intervals on separate rows and reuses a row once it is free', () => {
    const { row, rows } = packLanes([
      { index: 0, start: 0, end: 10 },
      { index: 1, start: 5, end: 6 },
      { index: 2, start: 11, end: 12 },
      { index: 3, start: 7, end: 20 },
    ]);
    expect(rows).toBe(2);
    expect(row.get(0)).toBe(0);
    expect(row.get(1)).toBe(1);
    expect(row.get(3)).toBe(1);
    expect(row.get(2)).toBe(0);
  });

  it('treats touching days as overlapping (ranges are inclusive)', () => {
    expect(
      packLanes([
        { index: 0, start: 0, end: 5 },
        { index: 1, start: 5, end: 6 },
      ]).rows,
    ).toBe(2);
  });
});

describe('deathsByDay', () => {
  it('sums deaths per first day and leaves out days without deaths', () => {
    const m = deathsByDay([
      { start: 1, deaths: 2 },
      { start: 1, deaths: 3 },
      { start: 2, deaths: null },
      { start: 3, deaths: 0 },
    ]);
    expect([...m]).toEqual([[1, 5]]);
  });
});
