/**
 * The timeline's marks as data, at any dataset size, with a DOM of constant size: located events stacked per
 * first day (one cell per event while cells stay at least MIN_CELL px tall, else one bar per day and category),
 * and national/regional measures packed in rows (one bar per measure while they fit in the lane, else the number
 * of measures in force per day). Each category becomes ONE SVG path (paths()), and hit-testing reads these
 * arrays, not the DOM — the timeline never draws one element per event.
 */
import { CATEGORIES } from '../data/schema';
import type { EventTable } from '../data/table';
import type { DayRange } from './range';
import type { Day } from './days';

const C = CATEGORIES.length;
/** Smallest legible cell, px. Below it the histogram aggregates. */
export const MIN_CELL = 2;

export interface Histogram {
  first: Day;
  days: number;
  /** [d * 7 + c]: events per first day and category. */
  counts: Int32Array;
  /** Tallest day. */
  max: number;
  /** Events of day d, sorted by category then index: order[dayStart[d] … dayStart[d+1]). */
  dayStart: Int32Array;
  order: Int32Array;
  /** Stack level of event i in its day (−1: not in the histogram). */
  level: Int32Array;
}

/** Located events that pass `include`, stacked per first day in category order (legend order). */
export function buildHistogram(table: EventTable, bounds: DayRange, include: (i: number) => boolean): Histogram {
  const days = bounds.to - bounds.from + 1;
  const counts = new Int32Array(days * C);
  const dayOf = (i: number) => Math.min(Math.max(table.start[i]! - bounds.from, 0), days - 1);
  const members: number[] = [];
  for (let i = 0; i < table.count; i++) {
    if (!table.hasPoint(i) || !include(i)) continue;
    members.push(i);
    counts[dayOf(i) * C + table.category[i]!]! += 1;
  }
  members.sort((a, b) => dayOf(a) - dayOf(b) || table.category[a]! - table.category[b]! || a - b);
  const dayStart = new Int32Array(days + 1);
  for (const i of members) dayStart[dayOf(i) + 1]! += 1;
  for (let d = 0; d < days; d++) dayStart[d + 1]! += dayStart[d]!;
  const level = new Int32Array(table.count).fill(-1);
  members.forEach((i, k) => (level[i] = k - dayStart[dayOf(i)]!));
  let max = 0;
  for (let d = 0; d < days; d++) max = Math.max(max, dayStart[d + 1]! - dayStart[d]!);
  return { first: bounds.from, days, counts, max, dayStart, order: Int32Array.from(members), level };
}

export interface BarGeometry {
  /** Left edge of day d and width of a day, px. */
  x: (d: number) => number;
  dayWidth: number;
  /** Bottom of the band and its height, px. */
  bottom: number;
  height: number;
}

/** Cell height in the one-mark-per-event mode, or null when the stacks do not fit (aggregate instead). */
export function cellHeight(max: number, height: number): number | null {
  if (max === 0) return 12;
  const h = Math.min(12, height / max);
  return h >= MIN_CELL ? h : null;
}

function rect(x: number, y: number, w: number, h: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  return `M${f(x)},${f(y)}h${f(w)}v${f(h)}h${f(-w)}Z`;
}

/**
 * One path per category (in CATEGORIES order): a cell per event when legible, else one bar per day and category
 * scaled to the tallest day.
 */
export function histogramPaths(h: Histogram, g: BarGeometry): { paths: string[]; perEvent: boolean; cell: number } {
  const out = CATEGORIES.map(() => [] as string[]);
  const ch = cellHeight(h.max, g.height);
  const gap = g.dayWidth > 3 ? 1 : 0;
  const w = Math.max(1, g.dayWidth - gap);
  if (ch !== null) {
    const vgap = ch > 3 ? 1 : 0;
    for (let d = 0; d < h.days; d++) {
      let lvl = 0;
      for (let c = 0; c < C; c++) {
        for (let k = 0; k < h.counts[d * C + c]!; k++, lvl++) {
          out[c]!.push(rect(g.x(d) + gap / 2, g.bottom - (lvl + 1) * ch, w, Math.max(1, ch - vgap)));
        }
      }
    }
    return { paths: out.map((p) => p.join('')), perEvent: true, cell: ch };
  }
  const unit = g.height / h.max;
  for (let d = 0; d < h.days; d++) {
    let acc = 0;
    for (let c = 0; c < C; c++) {
      const n = h.counts[d * C + c]!;
      if (!n) continue;
      out[c]!.push(rect(g.x(d) + gap / 2, g.bottom - (acc + n) * unit, w, n * unit));
      acc += n;
    }
  }
  return { paths: out.map((p) => p.join('')), perEvent: false, cell: unit };
}

/** What lies under a point of the histogram band: one event (legible mode) or a day × category bin. */
export type HistogramHit = { kind: 'event'; index: number } | { kind: 'bin'; day: Day; category: number; n: number };

export function histogramHit(h: Histogram, g: BarGeometry, px: number, py: number): HistogramHit | null {
  if (py > g.bottom || py < g.bottom - g.height) return null;
  const d = Math.floor((px - g.x(0)) / g.dayWidth);
  if (d < 0 || d >= h.days) return null;
  const ch = cellHeight(h.max, g.height);
  if (ch !== null) {
    const lvl = Math.floor((g.bottom - py) / ch);
    const k = h.dayStart[d]! + lvl;
    return lvl >= 0 && k < h.dayStart[d + 1]! ? { kind: 'event', index: h.order[k]! } : null;
  }
  const unit = g.height / h.max;
  let acc = 0;
  for (let c = 0; c < C; c++) {
    const n = h.counts[d * C + c]!;
    acc += n;
    if (n && g.bottom - acc * unit <= py) return { kind: 'bin', day: h.first + d, category: c, n };
  }
  return null;
}

/** The events of one day × category bin (aggregated mode: the list a click opens). */
export function binEvents(h: Histogram, table: EventTable, day: Day, category: number): number[] {
  const d = day - h.first;
  const out: number[] = [];
  for (let k = h.dayStart[d]!; k < h.dayStart[d + 1]!; k++)
    if (table.category[h.order[k]!] === category) out.push(h.order[k]!);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Measures lane

export interface Lane {
  first: Day;
  days: number;
  /** Rows used, or 0 in aggregated mode. */
  rows: number;
  /** Row of measure i (−1: not in the lane). */
  row: Int32Array;
  /** Measures in the lane, in packing order. */
  members: Int32Array;
  /** [d * 7 + c]: measures in force per day and category (aggregated mode and tooltips). */
  active: Int32Array;
  maxActive: number;
  /** [r * days + d]: the measure drawn in row r on day d (−1: none). */
  grid: Int32Array;
}

/** Measures (events without a point) passing `include`, greedily packed in rows; aggregated past maxRows. */
export function buildLane(table: EventTable, bounds: DayRange, include: (i: number) => boolean, maxRows: number): Lane {
  const days = bounds.to - bounds.from + 1;
  const clamp = (d: number) => Math.min(Math.max(d - bounds.from, 0), days - 1);
  const members: number[] = [];
  for (let i = 0; i < table.count; i++) if (!table.hasPoint(i) && include(i)) members.push(i);
  members.sort((a, b) => table.start[a]! - table.start[b]! || table.end[b]! - table.end[a]! || a - b);
  const active = new Int32Array(days * C);
  for (const i of members) {
    for (let d = clamp(table.start[i]!); d <= clamp(table.end[i]!); d++) active[d * C + table.category[i]!]! += 1;
  }
  let maxActive = 0;
  for (let d = 0; d < days; d++) {
    let s = 0;
    for (let c = 0; c < C; c++) s += active[d * C + c]!;
    maxActive = Math.max(maxActive, s);
  }
  const row = new Int32Array(table.count).fill(-1);
  const rowEnds: number[] = [];
  for (const i of members) {
    let r = rowEnds.findIndex((end) => end < table.start[i]!);
    if (r === -1) {
      r = rowEnds.length;
      rowEnds.push(table.end[i]!);
    } else rowEnds[r] = table.end[i]!;
    row[i] = r;
  }
  const rows = rowEnds.length <= maxRows ? rowEnds.length : 0;
  const grid = new Int32Array(Math.max(1, rows) * days).fill(-1);
  if (rows)
    for (const i of members)
      for (let d = clamp(table.start[i]!); d <= clamp(table.end[i]!); d++) grid[row[i]! * days + d] = i;
  return { first: bounds.from, days, rows, row, members: Int32Array.from(members), active, maxActive, grid };
}

export interface LaneGeometry extends BarGeometry {
  /** Top of the lane's first row and a row's height, px. */
  top: number;
  rowHeight: number;
}

/** One path per category: a bar per measure (clipped to the axis), or stacked counts of measures in force. */
export function lanePaths(lane: Lane, table: EventTable, g: LaneGeometry): string[] {
  const out = CATEGORIES.map(() => [] as string[]);
  const clamp = (d: number) => Math.min(Math.max(d - lane.first, 0), lane.days - 1);
  if (lane.rows) {
    for (const i of lane.members) {
      const s = clamp(table.start[i]!);
      const e = clamp(table.end[i]!);
      const x0 = g.x(s);
      const x1 = g.x(e + 1);
      out[table.category[i]!]!.push(
        rect(x0, g.top + lane.row[i]! * g.rowHeight, Math.max(2, x1 - x0 - 1), Math.max(1.5, g.rowHeight - 1)),
      );
    }
    return out.map((p) => p.join(''));
  }
  const unit = g.height / Math.max(1, lane.maxActive);
  for (let d = 0; d < lane.days; d++) {
    let acc = 0;
    for (let c = 0; c < C; c++) {
      const n = lane.active[d * C + c]!;
      if (!n) continue;
      out[c]!.push(rect(g.x(d), g.bottom - (acc + n) * unit, g.dayWidth, n * unit));
      acc += n;
    }
  }
  return out.map((p) => p.join(''));
}

/** The measure under a point of the lane (legible mode only). */
export function laneHit(lane: Lane, g: LaneGeometry, px: number, py: number): number | null {
  if (!lane.rows) return null;
  const r = Math.floor((py - g.top) / g.rowHeight);
  const d = Math.floor((px - g.x(0)) / g.dayWidth);
  if (r < 0 || r >= lane.rows || d < 0 || d >= lane.days) return null;
  const i = lane.grid[r * lane.days + d]!;
  return i >= 0 ? i : null;
}

/** Deaths per first day of the events passing `include` (the deaths strip). */
export function dailyDeaths(table: EventTable, bounds: DayRange, include: (i: number) => boolean): Int32Array {
  const days = bounds.to - bounds.from + 1;
  const out = new Int32Array(days);
  for (let i = 0; i < table.count; i++) {
    const n = table.deathsOf(i);
    if (n && include(i)) out[Math.min(Math.max(table.start[i]! - bounds.from, 0), days - 1)]! += n;
  }
  return out;
}
