/**
 * The figures of the totals panel for the current selection (range, categories, region), and the events behind
 * each figure. Sums come from the per-day prefix sums (aggregate.ts), so they cost nothing while a reader scrubs;
 * the lists behind a figure are built only when a reader opens one.
 *
 * Deaths are split as the Defensoría del Pueblo splits its toll (civilians in clashes, police and soldiers,
 * blockade-related) and, within each kind, into the deaths it counts, those it does not, and those no source
 * settles (data/README.md, "Reconciliation"): "67 + 8" is always spelled out, never a bare 75.
 */
import { CATEGORIES, DEATH_KINDS, DEFENSORIA_COUNTS, type Category, type DeathKind } from './schema';
import type { CategoryMask, DayPrefix, Weight } from './aggregate';
import { isNationalMeasure, type EventTable } from './table';
import type { DayRange } from '../time/range';

export type Counted = (typeof DEFENSORIA_COUNTS)[number];

export interface DeathSplit {
  /** Counted by the Defensoría. */
  yes: number;
  /** Known not to be in its count. */
  no: number;
  /** No source settles it. */
  unclear: number;
  total: number;
}

export interface SelectionTotals {
  /** Events per category shown (categories switched off are left out, so they add up to `events`). */
  byCategory: { category: Category; events: number }[];
  events: number;
  /** National measures (no region) in range, shown with a region's view but not in its count; 0 nationally. */
  national: number;
  deaths: Record<DeathKind, DeathSplit>;
  deathsTotal: DeathSplit;
  injured: number;
  detained: number;
}

const split = (yes: number, no: number, unclear: number): DeathSplit => ({
  yes,
  no,
  unclear,
  total: yes + no + unclear,
});

/**
 * Totals for events of the categories in `mask`, in `group` (NATIONAL or 1 + region index), overlapping `range`.
 * With a region, national measures are counted apart in `national` (`nationalGroup` is the whole-country group).
 */
export function selectionTotals(
  prefix: DayPrefix,
  range: DayRange,
  mask: CategoryMask,
  group: number,
  nationalGroup: number,
): SelectionTotals {
  const byCat = prefix.byCategory('events', range, group);
  const byCategory = CATEGORIES.filter((_, c) => mask & (1 << c)).map((category) => ({
    category,
    events: byCat[category],
  }));
  const sum = (w: Weight) => prefix.sum(w, range, mask, group);
  const deaths = Object.fromEntries(
    DEATH_KINDS.map((k) => [
      k,
      split(sum(`${k}_yes` as Weight), sum(`${k}_no` as Weight), sum(`${k}_unclear` as Weight)),
    ]),
  ) as Record<DeathKind, DeathSplit>;
  const all = Object.values(deaths);
  return {
    byCategory,
    events: byCategory.reduce((s, c) => s + c.events, 0),
    national: group === nationalGroup ? 0 : prefix.sum('national', range, mask, nationalGroup),
    deaths,
    deathsTotal: split(
      all.reduce((s, d) => s + d.yes, 0),
      all.reduce((s, d) => s + d.no, 0),
      all.reduce((s, d) => s + d.unclear, 0),
    ),
    injured: sum('injured'),
    detained: sum('detained'),
  };
}

/** Of `indices`, the events of category c. */
export function eventsOfCategory(table: EventTable, indices: readonly number[], category: Category): number[] {
  const c = CATEGORIES.indexOf(category);
  return indices.filter((i) => table.category[i] === c);
}

/** Of `indices`, the events with a figure above 0 in a column (injured, detained). */
export function eventsWithFigure(
  table: EventTable,
  indices: readonly number[],
  column: 'injured' | 'detained',
): number[] {
  return indices.filter((i) => table[column][i]! > 0);
}

/**
 * Of `indices`, the events with at least one death of this kind (any kind when null) and Defensoría status (one,
 * several, or any when null), from the ledger.
 */
export function eventsWithDeaths(
  table: EventTable,
  indices: readonly number[],
  kind: DeathKind | null,
  counted: Counted | readonly Counted[] | null,
): number[] {
  const k = kind === null ? -1 : DEATH_KINDS.indexOf(kind);
  const wanted = counted === null ? null : new Set((Array.isArray(counted) ? counted : [counted]) as Counted[]);
  const hit = new Set<number>();
  const V = table.victims;
  for (let j = 0; j < V.event.length; j++)
    if ((k < 0 || V.kind[j] === k) && (!wanted || wanted.has(DEFENSORIA_COUNTS[V.counted[j]!]!))) hit.add(V.event[j]!);
  return indices.filter((i) => hit.has(i));
}

/** National measures (states of emergency and curfews naming no region: table.ts isNationalMeasure) among `indices`. */
export function nationalMeasures(table: EventTable, indices: readonly number[]): number[] {
  return indices.filter((i) => isNationalMeasure(table, i));
}
