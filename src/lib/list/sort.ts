/**
 * Order of the rows of the list view: the events shown (table indices), sorted by one column. Numbers and dates
 * come from the EventTable; texts (place, title, sources) from the detail chunks, which may not have arrived —
 * rows whose text is missing go last in either direction, so the known ones stay in order while the rest load.
 * Ties keep table order (date, then id), so a sort is stable and repeatable.
 */
import { REGIONS } from '../data/schema';
import type { EventTable } from '../data/table';
import { CATEGORY_LABEL, label } from '../i18n/strings';
import type { Lang } from '../url/url-state';

export const LIST_COLUMNS = ['date', 'place', 'region', 'category', 'casualties', 'title', 'sources'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** What the list knows of an event's texts (undefined while its detail chunk is loading). */
export interface RowText {
  place: string;
  title: string;
  sources: number;
}

/** Region names of event i, in table order ("" for a national item). */
export function regionNames(table: EventTable, i: number): string {
  return table
    .regionsOf(i)
    .map((c) => REGIONS[c] ?? c)
    .join(', ');
}

/** An item with no point and no region: the list's place column names it "whole country". */
export function isNational(table: EventTable, i: number): boolean {
  return !table.hasPoint(i) && table.regionsOf(i).length === 0;
}

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === 'es' ? 'es-PE' : 'en-GB', { sensitivity: 'base' })));
  return c;
}

/**
 * A new array of `indices` sorted by `column`. `text(i)` gives an event's texts or undefined. The input is not
 * changed.
 */
export function sortRows(
  indices: readonly number[],
  column: ListColumn,
  direction: SortDirection,
  table: EventTable,
  text: (i: number) => RowText | undefined,
  lang: Lang,
): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const coll = collator(lang);
  // Keys computed once per row: [missing?, key].
  const keyOf = (i: number): [boolean, number | string] => {
    switch (column) {
      case 'date':
        return [false, table.start[i]! * 1024 + Math.min(1023, table.end[i]! - table.start[i]!)];
      case 'region':
        return [false, regionNames(table, i)];
      case 'category':
        return [false, label(CATEGORY_LABEL, table.categoryOf(i), lang)];
      case 'casualties':
        // Deaths first, then injured; "no figure" counts as below zero.
        return [false, table.deaths[i]! * 1e7 + Math.max(-1, table.injured[i]!)];
      case 'place':
      case 'title':
      case 'sources': {
        // A national item's place cell says "whole country", not a place: those rows sort before every place
        // (after them when descending), as they do by region (issue 7), whether or not their text has arrived.
        if (column === 'place' && isNational(table, i)) return [false, ''];
        const t = text(i);
        if (!t) return [true, 0];
        return [false, column === 'sources' ? t.sources : column === 'place' ? t.place : t.title];
      }
    }
  };
  const keys = new Map<number, [boolean, number | string]>();
  for (const i of indices) keys.set(i, keyOf(i));
  return [...indices].sort((a, b) => {
    const [ma, ka] = keys.get(a)!;
    const [mb, kb] = keys.get(b)!;
    if (ma !== mb) return ma ? 1 : -1;
    const c = typeof ka === 'number' ? ka - (kb as number) : coll.compare(ka, kb as string);
    return c !== 0 ? sign * c : a - b;
  });
}
