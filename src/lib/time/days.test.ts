import { describe, expect, it } from 'vitest';
import { dayToUTCDate, formatDay, parseDay, PERIOD_END, PERIOD_START, utcDateToDay } from './days';

describe('days', () => {
  it('runs under a non-UTC time zone, so a local-time bug would shift a day', () => {
    expect(new Date(2023, 0, 15).getTimezoneOffset()).not.toBe(0);
  });

  it.each([
    ['2022-12-07', true],
    ['2023-03-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['2023-1-5', false],
    ['07/12/2022', false],
    ['', false],
    ['2023-01-15T00:00', false],
  ])('parseDay(%j) is valid: %s', (text, ok) => {
    expect(parseDay(text) !== null).toBe(ok);
  });

  it('round-trips every day of the period through format and parse', () => {
    for (let d = PERIOD_START; d <= PERIOD_END; d++) expect(parseDay(formatDay(d))).toBe(d);
    expect(PERIOD_END - PERIOD_START + 1).toBe(115);
  });

  it('consecutive dates are consecutive integers across month and year ends', () => {
    expect(parseDay('2023-01-01')! - parseDay('2022-12-31')!).toBe(1);
    expect(parseDay('2023-03-01')! - parseDay('2023-02-28')!).toBe(1);
  });

  it('converts to and from UTC midnight without the local zone', () => {
    const d = parseDay('2023-01-09')!;
    expect(dayToUTCDate(d).toISOString()).toBe('2023-01-09T00:00:00.000Z');
    expect(utcDateToDay(new Date('2023-01-09T23:59:59Z'))).toBe(d);
  });
});
