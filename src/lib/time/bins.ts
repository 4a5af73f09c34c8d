/**
 * Timeline layouts, as pure data: where each event's cell sits in the daily stacked histogram, which row of the
 * measures lane a multi-day national/regional measure takes, and deaths per day. The Svelte timeline only
 * draws what these return.
 */
import type { Category } from '../data/schema';
import type { Day } from './days';

export interface Stackable {
  index: number;
  start: Day;
  category: Category;
}

export interface Cell {
  index: number;
  day: Day;
  /** 0 at the bottom of the day's column. */
  level: number;
  category: Category;
}

/**
 * One cell per event on its first day, stacked in category order so each day's column reads the same way
 * (the order of the legend), then by dataset order for stability.
 */
export function stackByDay(events: readonly Stackable[], order: readonly Category[]): { cells: Cell[]; max: number } {
  const rank = new Map(order.map((c, i) => [c, i]));
  const sorted = [...events].sort(
    (a, b) => a.start - b.start || (rank.get(a.category) ?? 99) - (rank.get(b.category) ?? 99) || a.index - b.index,
  );
  const cells: Cell[] = [];
  let day = Number.NaN;
  let level = 0;
  let max = 0;
  for (const e of sorted) {
    if (e.start !== day) {
      day = e.start;
      level = 0;
    }
    cells.push({ index: e.index, day, level, category: e.category });
    level += 1;
    max = Math.max(max, level);
  }
  return { cells, max };
}

export interface Interval {
  index: number;
  start: Day;
  end: Day;
}

/**
 * Greedy interval packing: each interval gets the lowest row where it does not overlap an earlier one.
 * Returns row per index and the number of rows.
 */
export function packLanes(intervals: readonly Interval[]): { row: Map<number, number>; rows: number } {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const rowEnds: Day[] = [];
  const row = new Map<number, number>();
  for (const iv of sorted) {
    let r = rowEnds.findIndex((end) => end < iv.start);
    if (r === -1) {
      r = rowEnds.length;
      rowEnds.push(iv.end);
    } else rowEnds[r] = iv.end;
    row.set(iv.index, r);
  }
  return { row, rows: rowEnds.length };
}

/** Total deaths per first day, for the deaths strip under the histogram. Days without deaths are absent. */
export function deathsByDay(events: readonly { start: Day; deaths: number | null }[]): Map<Day, number> {
  const out = new Map<Day, number>();
  for (const e of events) if (e.deaths) out.set(e.start, (out.get(e.start) ?? 0) + e.deaths);
  return out;
}
