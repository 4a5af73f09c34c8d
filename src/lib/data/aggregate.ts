/**
 * Sums over a day range without scanning the events: per-day prefix sums, built once per dataset, answer "how
 * many events (deaths, injured…) of these categories, in this region, overlap days a…b" in O(categories), so that
 * the counts, totals and the choropleth cost nothing while a reader scrubs, at any dataset size.
 *
 * The rule (src/lib/time/range.ts): an event lasting [start, end] is in a range [a, b] when start ≤ b and
 * end ≥ a; its figures then count in full, whatever part of it the range cuts. Overlapping events are
 * Σ(start ≤ b) − Σ(end < a), because end < a ≤ b implies start ≤ b: two lookups per category.
 */
import { CATEGORIES, type Category } from './schema';
import { isNationalMeasure, NONE, type EventTable } from './table';
import type { DayRange } from '../time/range';
import type { Day } from '../time/days';

/** The figures kept per event. Death splits come from the ledger (victims), kind × counted by the Defensoría. */
export const WEIGHTS = [
  'events',
  'located',
  'deaths',
  'injured',
  'detained',
  'civilian_yes',
  'civilian_no',
  'civilian_unclear',
  'security_yes',
  'security_no',
  'security_unclear',
  'blockade_yes',
  'blockade_no',
  'blockade_unclear',
  // National measures (table.ts isNationalMeasure): shown with any region's view, counted apart (issue 8).
  'national',
] as const;
export type Weight = (typeof WEIGHTS)[number];
const W = WEIGHTS.length;
const C = CATEGORIES.length;

/** A bit per category, in CATEGORIES order. */
export type CategoryMask = number;
export const ALL_CATEGORIES: CategoryMask = (1 << C) - 1;
export function categoryMask(cats: readonly Category[]): CategoryMask {
  let m = 0;
  for (const c of cats) m |= 1 << CATEGORIES.indexOf(c);
  return m;
}

/** Group 0 is the whole dataset; group 1 + r is region code index r (an event counts in every region it names). */
export const NATIONAL = 0;

export class DayPrefix {
  readonly first: Day;
  readonly days: number;
  readonly groups: number;
  /** [w][g][c][d]: Σ weight of events with start < first + d (d = 0 … days). */
  readonly #starts: Int32Array;
  /** [w][g][c][d]: Σ weight of events with end < first + d. */
  readonly #ends: Int32Array;

  constructor(table: EventTable, bounds: DayRange) {
    this.first = bounds.from;
    this.days = bounds.to - bounds.from + 1;
    this.groups = 1 + table.regionCodes.length;
    const D1 = this.days + 1;
    const size = W * this.groups * C * D1;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const weights = eventWeights(table);
    const at = (w: number, g: number, c: number, d: number) => ((w * this.groups + g) * C + c) * D1 + d;
    const clampDay = (d: number) => Math.min(Math.max(d - this.first, 0), this.days - 1);
    for (let i = 0; i < table.count; i++) {
      const c = table.category[i]!;
      // Counted at the day after (exclusive prefix), accumulated below.
      const s = clampDay(table.start[i]!) + 1;
      const e = clampDay(table.end[i]!) + 1;
      const groups = [NATIONAL];
      for (let k = table.regionStart[i]!; k < table.regionStart[i + 1]!; k++) groups.push(1 + table.regionList[k]!);
      for (let w = 0; w < W; w++) {
        const val = weights[w * table.count + i]!;
        if (!val) continue;
        for (const g of groups) {
          starts[at(w, g, c, s)]! += val;
          ends[at(w, g, c, e)]! += val;
        }
      }
    }
    for (let base = 0; base < size; base += D1) {
      for (let d = 1; d < D1; d++) {
        starts[base + d]! += starts[base + d - 1]!;
        ends[base + d]! += ends[base + d - 1]!;
      }
    }
    this.#starts = starts;
    this.#ends = ends;
  }

  /** Σ weight over events of category index c in group g overlapping [from, to] (clamped to the bounds). */
  #one(w: number, g: number, c: number, range: DayRange): number {
    const a = Math.min(Math.max(range.from - this.first, 0), this.days - 1);
    const b = Math.min(Math.max(range.to - this.first, 0), this.days - 1);
    if (b < a) return 0;
    const D1 = this.days + 1;
    const base = ((w * this.groups + g) * C + c) * D1;
    return this.#starts[base + b + 1]! - this.#ends[base + a]!;
  }

  /** Σ of a weight over the categories in `mask`, in group g (NATIONAL or 1 + region index). */
  sum(weight: Weight, range: DayRange, mask: CategoryMask = ALL_CATEGORIES, group = NATIONAL): number {
    const w = WEIGHTS.indexOf(weight);
    let total = 0;
    for (let c = 0; c < C; c++) if (mask & (1 << c)) total += this.#one(w, group, c, range);
    return total;
  }

  /** The weight per category (all seven, whatever the mask), in group g. */
  byCategory(weight: Weight, range: DayRange, group = NATIONAL): Record<Category, number> {
    const w = WEIGHTS.indexOf(weight);
    return Object.fromEntries(CATEGORIES.map((cat, c) => [cat, this.#one(w, group, c, range)])) as Record<
      Category,
      number
    >;
  }

  /** The weight in every region (index r of the table's regionCodes), for the choropleth. */
  byRegion(weight: Weight, range: DayRange, mask: CategoryMask = ALL_CATEGORIES): number[] {
    return Array.from({ length: this.groups - 1 }, (_, r) => this.sum(weight, range, mask, 1 + r));
  }
}

/** [w * count + i]: each weight of each event, as integers (a missing figure counts 0). */
function eventWeights(table: EventTable): Int32Array {
  const n = table.count;
  const out = new Int32Array(W * n);
  const set = (w: Weight, i: number, v: number) => (out[WEIGHTS.indexOf(w) * n + i] = v);
  for (let i = 0; i < n; i++) {
    set('events', i, 1);
    set('located', i, table.hasPoint(i) ? 1 : 0);
    set('deaths', i, table.deathsOf(i));
    set('injured', i, Math.max(0, table.injured[i]!));
    set('detained', i, Math.max(0, table.detained[i]!));
    set('national', i, isNationalMeasure(table, i) ? 1 : 0);
  }
  const kinds = ['civilian', 'security', 'blockade'] as const;
  const counted = ['yes', 'no', 'unclear'] as const;
  const V = table.victims;
  for (let j = 0; j < V.event.length; j++) {
    const w = `${kinds[V.kind[j]!]}_${counted[V.counted[j]!]}` as Weight;
    out[WEIGHTS.indexOf(w) * n + V.event[j]!]! += 1;
  }
  return out;
}

/**
 * Located events per first day and category, for the timeline histogram: counts[(day − first) * 7 + c].
 * `include(i)` narrows it (a region), else every located event.
 */
export function dailyCounts(
  table: EventTable,
  bounds: DayRange,
  include: (i: number) => boolean = () => true,
): { counts: Int32Array; max: number } {
  const days = bounds.to - bounds.from + 1;
  const counts = new Int32Array(days * C);
  for (let i = 0; i < table.count; i++) {
    if (!table.hasPoint(i) || !include(i)) continue;
    const d = Math.min(Math.max(table.start[i]! - bounds.from, 0), days - 1);
    counts[d * C + table.category[i]!]! += 1;
  }
  let max = 0;
  for (let d = 0; d < days; d++) {
    let s = 0;
    for (let c = 0; c < C; c++) s += counts[d * C + c]!;
    max = Math.max(max, s);
  }
  return { counts, max };
}

/**
 * Deaths by day of death (from the ledger), for the cumulative toll: running totals over the bounds, counting
 * only victims whose event passes `include` (categories, region). Victims with no known day are left out and
 * counted in `undated`.
 */
export function cumulativeDeaths(
  table: EventTable,
  bounds: DayRange,
  include: (event: number) => boolean = () => true,
  counted?: 'yes' | 'no' | 'unclear',
): { cumulative: Int32Array; undated: number } {
  const days = bounds.to - bounds.from + 1;
  const perDay = new Int32Array(days);
  let undated = 0;
  const V = table.victims;
  const want = counted === undefined ? -1 : ['yes', 'no', 'unclear'].indexOf(counted);
  for (let j = 0; j < V.event.length; j++) {
    if (!include(V.event[j]!)) continue;
    if (want >= 0 && V.counted[j] !== want) continue;
    const d = V.day[j]!;
    if (d === NONE) {
      undated++;
      continue;
    }
    perDay[Math.min(Math.max(d - bounds.from, 0), days - 1)]! += 1;
  }
  for (let d = 1; d < days; d++) perDay[d]! += perDay[d - 1]!;
  return { cumulative: perDay, undated };
}
