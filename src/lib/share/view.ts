/**
 * The current view in words, for citations and the printed page: its days (Intl's date ranges), the categories
 * when not all are shown, the region focus and the open event. "interactive map and timeline, view of 15–22
 * January 2023; marches and strikes; Puno".
 */
import { CATEGORIES, REGIONS, type Category } from '../data/schema';
import { dayToUTCDate, type Day } from '../time/days';
import type { Lang } from '../url/url-state';

const CATEGORY_PLURAL: Record<Category, { es: string; en: string }> = {
  blockade: { es: 'bloqueos', en: 'blockades' },
  march: { es: 'marchas', en: 'marches' },
  strike: { es: 'paros', en: 'strikes' },
  repression: { es: 'represión/enfrentamientos', en: 'repression/clashes' },
  emergency: { es: 'emergencias/toques de queda', en: 'emergencies/curfews' },
  political: { es: 'hechos políticos', en: 'political events' },
  other: { es: 'otros', en: 'other events' },
};

export interface ViewFacts {
  range: { from: Day; to: Day };
  categories: readonly Category[];
  region: string | null;
  /** The open event's title in the reader's language, if one is open. */
  event?: string | null;
}

/** "15–22 de enero de 2023" / "15 – 22 January 2023" (or one day). */
export function formatRangeLong(from: Day, to: Day, lang: Lang): string {
  const f = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return from === to ? f.format(dayToUTCDate(from)) : f.formatRange(dayToUTCDate(from), dayToUTCDate(to));
}

export function describeView(v: ViewFacts, lang: Lang): string {
  const es = lang === 'es';
  const parts = [
    `${es ? 'mapa y línea de tiempo interactivos, vista del periodo' : 'interactive map and timeline, view of'} ${formatRangeLong(v.range.from, v.range.to, lang)}`,
  ];
  if (v.categories.length !== CATEGORIES.length) {
    const names = CATEGORIES.filter((c) => v.categories.includes(c)).map((c) => CATEGORY_PLURAL[c][lang]);
    parts.push(
      names.length
        ? new Intl.ListFormat(es ? 'es' : 'en', { type: 'conjunction' }).format(names)
        : es
          ? 'ninguna categoría'
          : 'no categories',
    );
  }
  if (v.region) parts.push(REGIONS[v.region] ?? v.region);
  if (v.event) parts.push(`${es ? 'evento' : 'event'}: “${v.event}”`);
  return parts.join('; ');
}
