/**
 * Tick marks for the timeline's time axis, computed with d3-scale/d3-time and rendered by Svelte: month
 * boundaries get a label, Mondays a minor tick. Labels are formatted in UTC so no local zone shifts them.
 */
import { utcMonday, utcMonth } from 'd3-time';
import type { ScaleTime } from 'd3-scale';
import type { Lang } from '../url/url-state';

export interface Tick {
  x: number;
  label: string | null;
  major: boolean;
}

const MONTHS: Record<Lang, string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function monthLabel(date: Date, lang: Lang): string {
  const m = MONTHS[lang][date.getUTCMonth()]!;
  return date.getUTCMonth() === 0 || date.getUTCMonth() === 11 ? `${m} ${date.getUTCFullYear()}` : m;
}

export function axisTicks(scale: ScaleTime<number, number>, lang: Lang, minorEvery = 1): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const majors = utcMonth.range(d0, d1).map((d) => ({ x: scale(d), label: monthLabel(d, lang), major: true }));
  const minors = utcMonday
    .every(minorEvery)!
    .range(d0, d1)
    .filter((d) => d.getUTCDate() !== 1)
    .map((d) => ({ x: scale(d), label: null, major: false }));
  return [...majors, ...minors].sort((a, b) => a.x - b.x);
}
