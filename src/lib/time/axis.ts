/**
 * Tick marks for the timeline's time axis, computed with d3-time on the timeline's UtcScale and rendered by Svelte: month
 * boundaries get a label, Mondays a minor tick. Labels are formatted in UTC so no local zone shifts them.
 */
import { utcMonday, utcMonth } from 'd3-time';
import type { UtcScale } from './utc-scale';
import type { Lang } from '../url/url-state';

export interface Tick {
  x: number;
  label: string | null;
  major: boolean;
}

// Month names through Intl ("es": "ene", "dic"; es-PE would write "Ene."), in UTC so no zone shifts them.
const MONTHS: Record<Lang, Intl.DateTimeFormat> = {
  es: new Intl.DateTimeFormat('es', { month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
};

export function monthLabel(date: Date, lang: Lang): string {
  const m = MONTHS[lang].format(date).replace(/\.$/, '');
  return date.getUTCMonth() === 0 || date.getUTCMonth() === 11 ? `${m} ${date.getUTCFullYear()}` : m;
}

/** Room (px) a label needs before the next month's: a partial first month narrower than this gets none. */
const MIN_LABEL_ROOM = 44;

export function axisTicks(scale: UtcScale, lang: Lang, minorEvery = 1): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const majors = utcMonth.range(d0, d1).map((d) => ({ x: scale(d), label: monthLabel(d, lang), major: true }));
  // The axis starts mid-month (7 December): that month is named at the start too, with its year.
  const first = majors[0]?.x ?? scale(d1);
  if (d0.getUTCDate() !== 1 && first - scale(d0) >= MIN_LABEL_ROOM)
    majors.unshift({ x: scale(d0), label: monthLabel(utcMonth.floor(d0), lang), major: false });
  const minors = utcMonday
    .every(minorEvery)!
    .range(d0, d1)
    .filter((d) => d.getUTCDate() !== 1)
    .map((d) => ({ x: scale(d), label: null, major: false }));
  return [...majors, ...minors].sort((a, b) => a.x - b.x);
}
