/**
 * Calendar days as integers.
 *
 * Events happen on calendar days in Peru (UTC−5, no daylight saving). A day is stored as the number of days
 * since 1970-01-01 of that civil date, computed with Date.UTC so the machine's time zone never shifts a day
 * (the bug TimeMap has: format in local time, parse as UTC). ISO strings (YYYY-MM-DD) only at the edges.
 */

/** Days since 1970-01-01 of a civil date. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD` into a Day; null when malformed or not a real calendar date (2023-02-30). */
export function parseDay(text: string): Day | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Format a Day as `YYYY-MM-DD`. */
export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A Date at UTC midnight of the day: feed it to UTC-aware formatters (Intl with timeZone 'UTC', d3 utcFormat),
 * never to local-time ones.
 */
export function dayToUTCDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** The Day of a UTC timestamp (as produced by d3 utc scales). */
export function utcDateToDay(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The period the atlas covers, inclusive. */
export const PERIOD_START: Day = parseDay('2022-12-07')!;
export const PERIOD_END: Day = parseDay('2023-03-31')!;
