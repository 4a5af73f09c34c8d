/**
 * The cumulative toll under the timeline: deaths by date of death, from the ledger (aggregate.ts
 * cumulativeDeaths), as ONE step path whatever the number of days or deaths, and the Defensoría del Pueblo's
 * published running totals as marks to compare with, with the dates where the two differ.
 *
 * The Defensoría's totals are those data/README.md lists in "Every difference explained" (the dates and figures
 * the editors read): 6 on 13–14 Dec 2022, 27 (21 civilians + 6 blockade-related) on 19 Dec, 28 (22 + 6) on
 * 24 Dec, 49 (41 + 1 + 7) on 12 Jan 2023, 54 (44 + 1 + 9) on 19 Jan, 57 (46 + 1 + 10) on 25 Jan, 58 on 30 Jan,
 * 60 on 9 Feb, 66 (48 + 11 + 7) on 6 Mar (Informe 190) and 67 on 21 Mar. A running total counts what the
 * Defensoría had recorded when it published; the ledger puts each death on its day, so the two can differ on a
 * date even when they agree in the end.
 */
import { tickIncrement } from 'd3-array';
import { parseDay, type Day } from './days';
import type { DayRange } from './range';
import { DEFENSORIA_COUNTS } from '../data/schema';
import { NONE, type EventTable } from '../data/table';

export interface PublishedTotal {
  day: Day;
  /** The dates as the source gives them ("13–14 Dec" is one report). */
  label: { es: string; en: string };
  total: number;
  /** Components when the source gives them: civilians in clashes, police and soldiers, blockade-related. */
  civilian?: number;
  security?: number;
  blockade?: number;
}

const p = (
  date: string,
  es: string,
  en: string,
  total: number,
  parts: Partial<Pick<PublishedTotal, 'civilian' | 'security' | 'blockade'>> = {},
): PublishedTotal => ({ day: parseDay(date)!, label: { es, en }, total, ...parts });

/** The Defensoría's running totals (data/README.md, "Every difference explained"). */
export const DEFENSORIA_TOTALS: readonly PublishedTotal[] = [
  p('2022-12-14', '13–14 dic.', '13–14 Dec', 6),
  p('2022-12-19', '19 dic.', '19 Dec', 27, { civilian: 21, blockade: 6 }),
  p('2022-12-24', '24 dic.', '24 Dec', 28, { civilian: 22, blockade: 6 }),
  p('2023-01-12', '12 ene.', '12 Jan', 49, { civilian: 41, security: 1, blockade: 7 }),
  p('2023-01-19', '19 ene.', '19 Jan', 54, { civilian: 44, security: 1, blockade: 9 }),
  p('2023-01-25', '25 ene.', '25 Jan', 57, { civilian: 46, security: 1, blockade: 10 }),
  p('2023-01-30', '30 ene.', '30 Jan', 58),
  p('2023-02-09', '9 feb.', '9 Feb', 60),
  p('2023-03-06', '6 mar.', '6 Mar', 66, { civilian: 48, security: 7, blockade: 11 }),
  p('2023-03-21', '21 mar.', '21 Mar', 67),
];

export interface TollComparison extends PublishedTotal {
  /** Ledger deaths counted by the Defensoría with a date of death up to this day. */
  ledger: number;
  /** The same by kind, to show which part differs. */
  ledgerByKind: { civilian: number; security: number; blockade: number };
  differs: boolean;
}

/**
 * Each published total beside the ledger's deaths counted by the Defensoría up to that day. `counted` is the
 * running count per day over `bounds` (cumulativeDeaths with counted 'yes'), `byKind` the same per kind.
 */
export function compareWithPublished(
  counted: Int32Array,
  byKind: { civilian: Int32Array; security: Int32Array; blockade: Int32Array },
  bounds: DayRange,
  published: readonly PublishedTotal[] = DEFENSORIA_TOTALS,
): TollComparison[] {
  const at = (a: Int32Array, day: Day) => a[Math.min(Math.max(day - bounds.from, 0), a.length - 1)] ?? 0;
  return published.map((t) => {
    const ledger = at(counted, t.day);
    return {
      ...t,
      ledger,
      ledgerByKind: {
        civilian: at(byKind.civilian, t.day),
        security: at(byKind.security, t.day),
        blockade: at(byKind.blockade, t.day),
      },
      differs: ledger !== t.total,
    };
  });
}

export interface TollGeometry {
  /** Left edge of day d (0-based from the bounds' first day), px, and a day's width. */
  x: (d: number) => number;
  dayWidth: number;
  /** Bottom of the band and its height, px. */
  bottom: number;
  height: number;
  /** The value drawn at the top of the band. */
  max: number;
}

const f = (n: number) => Math.round(n * 100) / 100;

/** The running count as one step path: flat through each day, a step up at the start of a day with deaths. */
export function stepPath(cumulative: Int32Array, g: TollGeometry): string {
  if (!cumulative.length) return '';
  const y = (v: number) => g.bottom - (v / Math.max(1, g.max)) * g.height;
  let d = `M${f(g.x(0))},${f(y(0))}`;
  let prev = 0;
  for (let k = 0; k < cumulative.length; k++) {
    const v = cumulative[k]!;
    if (v !== prev) d += `V${f(y(v))}`;
    d += `H${f(g.x(k) + g.dayWidth)}`;
    prev = v;
  }
  return d;
}

/**
 * The toll band's vertical scale, as a news graphic draws it: from 0 to a round top at or above `max` (the largest
 * running total drawn, deaths), with at most `count` + 1 round gridline values between (0 excluded). A count of 0
 * or less gives a top of 1 and no gridlines (nothing to scale). d3-array's tick steps (1, 2, 5 × 10ⁿ).
 * Example: 75 → top 80, ticks [20, 40, 60, 80]; 28 → top 30, ticks [10, 20, 30].
 */
export function tollScale(max: number, count = 3): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [] };
  const step = Math.max(1, tickIncrement(0, max, count));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = step; v <= top; v += step) ticks.push(v);
  return { top, ticks };
}

/** Diamonds (one path) at the middle of each day `days[k]` (0-based) and height `values[k]`. */
export function diamondsPath(days: readonly number[], values: readonly number[], g: TollGeometry, r = 3.5): string {
  return days
    .map((d, k) => {
      const cx = g.x(d) + g.dayWidth / 2;
      const cy = g.bottom - (values[k]! / Math.max(1, g.max)) * g.height;
      return `M${f(cx)},${f(cy - r)}L${f(cx + r)},${f(cy)}L${f(cx)},${f(cy + r)}L${f(cx - r)},${f(cy)}Z`;
    })
    .join('');
}

/** The running count at a day (the toll "so far" at the end of the range), 0 before the bounds. */
export function tollAt(cumulative: Int32Array, bounds: DayRange, day: Day): number {
  if (day < bounds.from || !cumulative.length) return 0;
  return cumulative[Math.min(day - bounds.from, cumulative.length - 1)]!;
}

/**
 * Running counts per kind (civilian, security, blockade) of the ledger's deaths with a given Defensoría status,
 * by date of death over `bounds` (victims without a date are left out, as in cumulativeDeaths).
 */
export function cumulativeByKind(
  table: EventTable,
  bounds: DayRange,
  counted: (typeof DEFENSORIA_COUNTS)[number] = 'yes',
): { civilian: Int32Array; security: Int32Array; blockade: Int32Array } {
  const days = bounds.to - bounds.from + 1;
  const out = [new Int32Array(days), new Int32Array(days), new Int32Array(days)] as const;
  const want = DEFENSORIA_COUNTS.indexOf(counted);
  const V = table.victims;
  for (let j = 0; j < V.event.length; j++) {
    if (V.counted[j] !== want || V.day[j] === NONE) continue;
    out[V.kind[j]!]![Math.min(Math.max(V.day[j]! - bounds.from, 0), days - 1)]! += 1;
  }
  for (const a of out) for (let d = 1; d < days; d++) a[d]! += a[d - 1]!;
  return { civilian: out[0], security: out[1], blockade: out[2] };
}
