import { describe, expect, it } from 'vitest';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import fixture from '../../../tests/fixtures/events.small.json';
import { isNational, LIST_COLUMNS, regionNames, sortRows, type RowText } from './sort';

const { table, details } = inMemoryDataset(fixture as unknown as EventCollection, () => {});
const all = Array.from({ length: table.count }, (_, i) => i);
const text = (i: number): RowText | undefined => {
  const p = details.get(i);
  return p ? { place: p.place, title: p.title_en, sources: p.sources.length } : undefined;
};

describe('sortRows', () => {
  it.each(LIST_COLUMNS)('by %s: a permutation of the input, input untouched, reversed keys when descending', (col) => {
    const input = [...all].reverse();
    const frozen = [...input];
    const asc = sortRows(input, col, 'ascending', table, text, 'en');
    const desc = sortRows(input, col, 'descending', table, text, 'en');
    expect(input).toEqual(frozen);
    expect([...asc].sort((a, b) => a - b)).toEqual(all);
    expect([...desc].sort((a, b) => a - b)).toEqual(all);
  });

  it('by date: table order (first day, then id)', () => {
    expect(sortRows([...all].reverse(), 'date', 'ascending', table, text, 'en')).toEqual(
      [...all].sort((a, b) => table.start[a]! - table.start[b]! || table.end[a]! - table.end[b]! || a - b),
    );
  });

  it('by casualties, descending: the deadliest first', () => {
    const rows = sortRows(all, 'casualties', 'descending', table, text, 'en');
    const deaths = rows.map((i) => table.deaths[i]!);
    expect(deaths).toEqual([...deaths].sort((a, b) => b - a));
    expect(deaths[0]).toBeGreaterThan(0);
  });

  it('by title: alphabetical in the reader’s language, accents ignored', () => {
    const rows = sortRows(all, 'title', 'ascending', table, text, 'en');
    const titles = rows.map((i) => text(i)!.title);
    const coll = new Intl.Collator('en-GB', { sensitivity: 'base' });
    for (let k = 1; k < titles.length; k++) expect(coll.compare(titles[k - 1]!, titles[k]!)).toBeLessThanOrEqual(0);
  });

  it('rows whose texts have not arrived go last, in both directions', () => {
    const partial = (i: number) => (i % 2 ? undefined : text(i));
    for (const dir of ['ascending', 'descending'] as const) {
      const rows = sortRows(all, 'title', dir, table, partial, 'en');
      const firstMissing = rows.findIndex((i) => i % 2 === 1);
      expect(rows.slice(firstMissing).every((i) => i % 2 === 1)).toBe(true);
    }
  });

  it('by place: national items (shown as "whole country") first ascending, last descending', () => {
    const national = all.filter((i) => isNational(table, i));
    expect(national.length).toBeGreaterThan(0);
    const asc = sortRows(all, 'place', 'ascending', table, text, 'en');
    expect(asc.slice(0, national.length).sort((a, b) => a - b)).toEqual(national);
    const desc = sortRows(all, 'place', 'descending', table, text, 'en');
    expect(desc.slice(-national.length).sort((a, b) => a - b)).toEqual(national);
  });

  it('region names come from the codes', () => {
    const i = all.find((k) => table.regionsOf(k).includes('PE-PUN'))!;
    expect(regionNames(table, i)).toContain('Puno');
  });
});
