import { describe, expect, it } from 'vitest';
import { numberWidthCh, widestRangeLabels } from './label-widths';
import { formatDayRange, formatNumber } from '../i18n/strings';
import { parseDay, PERIOD_END, PERIOD_START } from './days';

describe('widestRangeLabels', () => {
  const bounds = { from: PERIOD_START, to: PERIOD_END };

  it('covers every pair of months of the period (Dec 2022 – Mar 2023: 4 single days + 6 pairs)', () => {
    const labels = widestRangeLabels(bounds, (a, b) => formatDayRange(a, b, 'en'));
    expect(labels).toHaveLength(10);
    expect(labels).toContain('28 Dec 2022 – 28 Mar 2023');
    expect(labels).toContain('28 Feb 2023');
  });

  it('is at least as long as the label of any range in the period', () => {
    for (const lang of ['es', 'en'] as const) {
      const labels = widestRangeLabels(bounds, (a, b) => formatDayRange(a, b, lang));
      const longest = Math.max(...labels.map((l) => l.length));
      for (let a = bounds.from; a <= bounds.to; a += 5)
        for (let b = a; b <= bounds.to; b += 7) expect(formatDayRange(a, b, lang).length).toBeLessThanOrEqual(longest);
    }
  });

  it('handles a period inside one month', () => {
    const one = { from: parseDay('2023-01-03')!, to: parseDay('2023-01-20')! };
    expect(widestRangeLabels(one, (a, b) => formatDayRange(a, b, 'en'))).toEqual(['28 Jan 2023']);
  });
});

describe('numberWidthCh', () => {
  it('counts the characters of the formatted maximum, separators included', () => {
    expect(numberWidthCh(100000, (n) => formatNumber(n, 'es'))).toBe(7);
    expect(numberWidthCh(371, (n) => formatNumber(n, 'en'))).toBe(3);
    expect(numberWidthCh(0, (n) => formatNumber(n, 'en'))).toBe(1);
  });
});
