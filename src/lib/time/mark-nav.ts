/**
 * Keyboard and touch access to the timeline's marks, which are paths, not elements (histogram.ts): the marks in
 * reading order (by day) for roving focus with the arrow keys, where each is drawn, and a forgiving hit test that
 * finds the nearest mark within a finger's reach (a 44 px target around a 3 px cell).
 */
import { CATEGORIES } from '../data/schema';
import type { EventTable } from '../data/table';
import type { Day } from './days';
import { cellHeight, type BarGeometry, type Histogram, type Lane, type LaneGeometry } from './histogram';

const C = CATEGORIES.length;

/** One stop of the roving focus: an event's own mark, or a day × category bar when marks are aggregated. */
export type MarkItem = { kind: 'event'; index: number } | { kind: 'bin'; day: Day; category: number; n: number };

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The histogram's marks by day (then category, then table order): cells, or bars when aggregated. */
export function histogramItems(h: Histogram, g: BarGeometry): MarkItem[] {
  if (cellHeight(h.max, g.height) !== null) return Array.from(h.order, (index) => ({ kind: 'event', index }));
  return binItems(h.first, h.days, h.counts);
}

/** The lane's marks: one per measure by start, or per day × category of measures in force when aggregated. */
export function laneItems(lane: Lane): MarkItem[] {
  if (lane.rows) return Array.from(lane.members, (index) => ({ kind: 'event', index }));
  return binItems(lane.first, lane.days, lane.active);
}

/** Where an aggregated histogram bar is drawn (the same stacking as histogramPaths). */
export function histogramBinRect(h: Histogram, g: BarGeometry, day: Day, category: number): Rect {
  return binRect(h.first, h.counts, h.max, g, day, category);
}

/** Where an aggregated lane bar is drawn (the same stacking as lanePaths). */
export function laneBinRect(lane: Lane, g: LaneGeometry, day: Day, category: number): Rect {
  return binRect(lane.first, lane.active, lane.maxActive, g, day, category);
}

/** The non-empty bars of a day × category count grid (`counts[d * C + c]`, day `first + d`), by day then category. */
function binItems(first: Day, days: number, counts: ArrayLike<number>): MarkItem[] {
  const out: MarkItem[] = [];
  for (let d = 0; d < days; d++)
    for (let c = 0; c < C; c++) {
      const n = counts[d * C + c]!;
      if (n) out.push({ kind: 'bin', day: first + d, category: c, n });
    }
  return out;
}

/** Where a bar of such a grid is drawn: stacked from the bottom by category, `max` filling the height. */
function binRect(first: Day, counts: ArrayLike<number>, max: number, g: BarGeometry, day: Day, category: number): Rect {
  const d = day - first;
  const unit = g.height / Math.max(1, max);
  let acc = 0;
  for (let c = 0; c <= category; c++) acc += counts[d * C + c]!;
  const n = counts[d * C + category]!;
  return { x: g.x(d), y: g.bottom - acc * unit, w: g.dayWidth, h: n * unit };
}

/** The measures of one category in force on a day (what Enter on an aggregated lane bar lists). */
export function laneBinEvents(lane: Lane, table: EventTable, day: Day, category: number): number[] {
  return Array.from(lane.members).filter(
    (i) => table.category[i] === category && table.start[i]! <= day && table.end[i]! >= day,
  );
}

/**
 * The item `delta` stops from position k (clamped to the ends), for Arrow keys, Page keys, Home and End. Up and
 * Down follow the drawing: `stackedUp` when a day's marks are stacked from the bottom (the histogram, aggregated
 * bars), so the next mark of a day is the one above (Arrow Up); else the next is below (the lane's rows).
 */
export function moveIn(count: number, k: number, key: string, stackedUp = false): number | null {
  if (!count) return null;
  const up = stackedUp ? 1 : -1;
  const step: Record<string, number> = {
    ArrowRight: 1,
    ArrowDown: -up,
    ArrowLeft: -1,
    ArrowUp: up,
    PageDown: 10,
    PageUp: -10,
  };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (!(key in step)) return null;
  return Math.min(count - 1, Math.max(0, k + step[key]!));
}

/**
 * The nearest hit to (px, py) within `radius` px: the point itself first, then rings of probes `step` px apart,
 * nearest first. For fingers, whose touch is larger than a cell.
 */
export function nearestHit<T>(
  probe: (x: number, y: number) => T | null,
  px: number,
  py: number,
  radius = 22,
  step = 3,
): T | null {
  const at = probe(px, py);
  if (at !== null) return at;
  const offsets: [number, number, number][] = [];
  for (let dx = -radius; dx <= radius; dx += step)
    for (let dy = -radius; dy <= radius; dy += step) {
      const d = Math.hypot(dx, dy);
      if (d > 0 && d <= radius) offsets.push([d, dx, dy]);
    }
  offsets.sort((a, b) => a[0] - b[0]);
  for (const [, dx, dy] of offsets) {
    const hit = probe(px + dx, py + dy);
    if (hit !== null) return hit;
  }
  return null;
}
