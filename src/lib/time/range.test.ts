import { describe, expect, it } from 'vitest';
import { parseDay } from './days';
import { clampRange, overlaps, rangeLength, rangeToInclude, shiftRange, type DayRange } from './range';

const d = (s: string) => parseDay(s)!;
const r = (from: string, to: string): DayRange => ({ from: d(from), to: d(to) });
const bounds = r('2022-12-07', '2023-03-31');

describe('overlaps (inclusive at both ends)', () => {
  const range = r('2023-01-15', '2023-01-22');
  it.each([
    ['one-day event on the first day', '2023-01-15', '2023-01-15', true],
    ['one-day event on the last day', '2023-01-22', '2023-01-22', true],
    ['the day before', '2023-01-14', '2023-01-14', false],
    ['the day after', '2023-01-23', '2023-01-23', false],
    ['multi-day event ending on the first day', '2023-01-10', '2023-01-15', true],
    ['multi-day event starting on the last day', '2023-01-22', '2023-02-05', true],
    ['multi-day event spanning the range', '2023-01-01', '2023-02-01', true],
    ['multi-day event ending the day before', '2023-01-01', '2023-01-14', false],
  ])('%s', (_label, start, end, expected) => {
    expect(overlaps(d(start), d(end), range)).toBe(expected);
  });
});

describe('range helpers', () => {
  it('rangeLength counts both ends', () => {
    expect(rangeLength(r('2023-01-15', '2023-01-15'))).toBe(1);
    expect(rangeLength(r('2023-01-15', '2023-01-22'))).toBe(8);
  });

  it('clampRange orders the ends and keeps them in bounds', () => {
    expect(clampRange(r('2023-02-01', '2023-01-01'), bounds)).toEqual(r('2023-01-01', '2023-02-01'));
    expect(clampRange(r('2022-01-01', '2024-01-01'), bounds)).toEqual(bounds);
    expect(clampRange(r('2024-01-01', '2024-02-01'), bounds)).toEqual(r('2023-03-31', '2023-03-31'));
  });

  it('shiftRange moves the window and stops at the end', () => {
    expect(shiftRange(r('2023-01-15', '2023-01-21'), 1, bounds)).toEqual(r('2023-01-16', '2023-01-22'));
    expect(shiftRange(r('2023-03-25', '2023-03-31'), 1, bounds)).toBeNull();
    expect(shiftRange(r('2023-03-24', '2023-03-30'), 5, bounds)).toEqual(r('2023-03-25', '2023-03-31'));
  });

  it('rangeToInclude keeps a range that already shows the event', () => {
    const range = r('2023-01-15', '2023-01-22');
    expect(rangeToInclude(range, d('2023-01-20'), d('2023-01-20'), bounds)).toBe(range);
  });

  it('rangeToInclude moves a same-length window to centre an event outside it', () => {
    const next = rangeToInclude(r('2023-01-15', '2023-01-21'), d('2023-02-10'), d('2023-02-10'), bounds);
    expect(rangeLength(next)).toBe(7);
    expect(overlaps(d('2023-02-10'), d('2023-02-10'), next)).toBe(true);
    expect(next).toEqual(r('2023-02-07', '2023-02-13'));
  });

  it('rangeToInclude grows the window for an event longer than it, and respects the bounds', () => {
    expect(rangeToInclude(r('2023-01-15', '2023-01-16'), d('2023-02-05'), d('2023-04-05'), bounds)).toEqual(
      r('2023-02-05', '2023-03-31'),
    );
    expect(rangeToInclude(r('2023-02-15', '2023-02-21'), d('2022-12-07'), d('2022-12-07'), bounds)).toEqual(
      r('2022-12-07', '2022-12-13'),
    );
  });

  it('does not mutate its inputs', () => {
    const input = r('2023-02-01', '2023-01-01');
    const copy = { ...input };
    clampRange(input, bounds);
    shiftRange(input, 3, bounds);
    rangeToInclude(input, d('2023-03-01'), d('2023-03-02'), bounds);
    expect(input).toEqual(copy);
  });
});
