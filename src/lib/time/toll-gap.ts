/**
 * Why the cumulative toll's figure at the end of the range and the header's deaths can differ for the same view
 * (issue 8). The header adds up the deaths of the events that overlap the range (aggregate.ts, `deaths`), whoever
 * died later; the line adds up the ledger's deaths by date of death from the first day of the period to the
 * range's end (aggregate.ts cumulativeDeaths). So, among the deaths the ledger records:
 * - `outside`: deaths of events in the range that the line does not reach by the range's end (died after it, or
 *   with no known date of death): in the header, not on the line;
 * - `earlier`: deaths by the range's end of events that ended before the range: on the line, not in the header.
 */
import { NONE, type EventTable } from '../data/table';
import type { DayRange } from './range';
import { formatNumber, plural, t } from '../i18n/strings';
import type { Lang } from '../url/url-state';

export interface TollGap {
  outside: number;
  earlier: number;
}

/**
 * `include(i)`: event i is in the view (categories, region), as for the line. `range`: the chosen days
 * (inclusive). Counts ledger rows (victims), one per death.
 */
export function tollGap(table: EventTable, range: DayRange, include: (event: number) => boolean): TollGap {
  const V = table.victims;
  let outside = 0;
  let earlier = 0;
  for (let j = 0; j < V.event.length; j++) {
    const i = V.event[j]!;
    if (!include(i)) continue;
    const inRange = table.start[i]! <= range.to && table.end[i]! >= range.from;
    const d = V.day[j]!;
    const onLine = d !== NONE && d <= range.to;
    if (inRange && !onLine) outside++;
    else if (!inRange && onLine && table.end[i]! < range.from) earlier++;
  }
  return { outside, earlier };
}

/**
 * The short visible hint when the line's figure at the range's end (`line`) differs from the header's deaths
 * (`header`), e.g. "la línea cuenta por fecha de muerte: 3 de 30 quedan fuera del periodo"; null when they agree.
 */
export function tollGapHint(header: number, line: number, gap: TollGap, lang: Lang): string | null {
  if (header === line) return null;
  const parts: string[] = [];
  if (gap.outside > 0)
    parts.push(
      plural(gap.outside, 'tollGapOutsideOne', 'tollGapOutside', lang).replace('{total}', formatNumber(header, lang)),
    );
  if (gap.earlier > 0) parts.push(plural(gap.earlier, 'tollGapEarlierOne', 'tollGapEarlier', lang));
  return parts.length ? `${t('tollGapLead', lang)}: ${parts.join('; ')}` : t('tollGapLead', lang);
}
