/**
 * Labels whose width must not follow the range (issue 10). The header's counts and range label sit in a row that
 * wraps; when their width changed with each scrub step, the header switched between one and two rows, the map
 * below it changed height, and MapLibre re-allocated its canvas in the middle of scrubbing (seconds at 100,000
 * events on software WebGL). The header therefore reserves the width of the widest label the period can produce.
 */
import { dayToUTCDate, utcDateToDay, type Day } from './days';
import type { DayRange } from './range';

/**
 * Range labels that together are at least as wide as any label of a range inside `bounds`: for every pair of
 * months in the period (first ≤ second), the label from a two-digit day of the first to a two-digit day of the
 * second, plus the single-day label of each month. Day numbers should be drawn with tabular figures, so that any
 * two-digit day is as wide as another. `format` is the app's range formatter (start, end → text).
 */
export function widestRangeLabels(bounds: DayRange, format: (start: Day, end: Day) => string): string[] {
  const days: Day[] = [];
  const d = dayToUTCDate(bounds.from);
  const last = dayToUTCDate(bounds.to);
  // A two-digit day of each month the period touches (the 28th exists in every month).
  for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); ; m++) {
    const date = new Date(Date.UTC(y, m, 28));
    days.push(utcDateToDay(date));
    if (
      date.getUTCFullYear() > last.getUTCFullYear() ||
      date >= new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1))
    )
      break;
  }
  const out = new Set<string>();
  for (let i = 0; i < days.length; i++) {
    out.add(format(days[i]!, days[i]!));
    for (let j = i + 1; j < days.length; j++) out.add(format(days[i]!, days[j]!));
  }
  return [...out];
}

/** Characters of the widest number up to `max` as `format` writes it (tabular figures: digits are equal). */
export function numberWidthCh(max: number, format: (n: number) => string): number {
  return format(Math.max(0, Math.round(max))).length;
}
