/**
 * What the one polite live region says about the view: the range and its counts once a change has settled, or
 * that the data is loading — never "0 events" while nothing has arrived yet.
 */
import { countOf, formatDayRange, t, tf } from '../i18n/strings';
import type { DayRange } from '../time/range';
import type { Lang } from '../url/url-state';

export interface ViewSummary {
  status: 'loading' | 'ready' | 'error';
  range: DayRange;
  events: number;
  deaths: number;
  lang: Lang;
  /** The focused region's name (issue 8), said first; absent or null for the whole country. */
  region?: string | null;
}

/** The sentence for a view, or '' when there is nothing to say (a load error is shown as an alert instead). */
export function viewAnnouncement(v: ViewSummary): string {
  if (v.status === 'loading') return t('loading', v.lang);
  if (v.status === 'error') return '';
  const range = formatDayRange(v.range.from, v.range.to, v.lang);
  return tf('announceRange', v.lang, {
    range: v.region ? tf('announceRegion', v.lang, { region: v.region, range }) : range,
    events: countOf(v.events, 'event', v.lang),
    deaths: countOf(v.deaths, 'death', v.lang),
  });
}

/** Quiet time after the last change before the view is announced (a drag, a run of key presses). */
export const SETTLE_MS = 900;
