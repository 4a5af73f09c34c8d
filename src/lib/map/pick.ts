/**
 * What is under the pointer on the events layer, found on the CPU because a custom WebGL layer cannot be queried
 * with queryRenderedFeatures. Uses the same rules as the shaders (events-layer): an event shows alone when its
 * group holds one event in range, else its group's ring shows; radii match what is drawn.
 */
import KDBush from 'kdbush';
import { mercatorX, mercatorY, type GroupLevel, type GroupSums } from './groups';
import { groupRadius, ringScale } from './group-collision';
import { passes, type EventTable } from '../data/table';
import type { CategoryMask } from '../data/aggregate';
import type { DayRange } from '../time/range';

export type Pick = { kind: 'event'; index: number; others: number } | { kind: 'group'; group: number; total: number };

/** Spatial index over located events (mercator), built once per table. */
export function pointIndex(table: EventTable): KDBush {
  const idx = new KDBush(Math.max(1, table.count));
  for (let i = 0; i < table.count; i++) {
    if (table.hasPoint(i)) idx.add(mercatorX(table.lng[i]!), mercatorY(table.lat[i]!));
    else idx.add(-10, -10);
  }
  if (table.count === 0) idx.add(-10, -10);
  idx.finish();
  return idx;
}

export interface PickInput {
  table: EventTable;
  points: KDBush;
  level: GroupLevel;
  sums: GroupSums;
  range: DayRange;
  mask: CategoryMask;
  region: number;
  /** Pointer position in mercator units and the map's zoom. */
  x: number;
  y: number;
  zoom: number;
  /** Extra tolerance in CSS px (touch gets more). */
  slop?: number;
}

export function pick(p: PickInput): Pick | null {
  const world = 512 * 2 ** p.zoom;
  const slop = p.slop ?? 4;
  const { table: t, level, sums } = p;
  // Single events first: they are drawn on top.
  const iconR = (10 + slop) / world;
  let best = -1;
  let bestD = Infinity;
  let others = 0;
  for (const i of p.points.within(p.x, p.y, iconR)) {
    if (i >= t.count || !t.hasPoint(i)) continue;
    const g = level.of[i]!;
    if (g < 0 || sums.total[g] !== 1 || !passes(t, i, p.range, p.mask, p.region)) continue;
    const d = Math.hypot(mercatorX(t.lng[i]!) - p.x, mercatorY(t.lat[i]!) - p.y);
    others++;
    if (d < bestD || (d === bestD && t.deathsOf(i) > t.deathsOf(best))) {
      best = i;
      bestD = d;
    }
  }
  if (best >= 0) return { kind: 'event', index: best, others: others - 1 };
  const groupR = (30 + slop) / world;
  let bestG = -1;
  let bestGD = Infinity;
  for (const g of level.index.within(p.x, p.y, groupR)) {
    if (g >= level.count) continue;
    const total = sums.total[g]!;
    if (total < 2) continue;
    const d = Math.hypot(level.x[g]! - p.x, level.y[g]! - p.y) * world;
    if (d <= groupRadius(total, ringScale(level.zoom)) + slop && d < bestGD) {
      bestG = g;
      bestGD = d;
    }
  }
  return bestG >= 0 ? { kind: 'group', group: bestG, total: sums.total[bestG]! } : null;
}

/** The events in range of a group (for its tooltip and the list opened from it). */
export function groupEvents(
  t: EventTable,
  level: GroupLevel,
  g: number,
  range: DayRange,
  mask: CategoryMask,
  region: number,
): number[] {
  const out: number[] = [];
  for (let k = level.memberStart[g]!; k < level.memberStart[g + 1]!; k++) {
    const i = level.memberList[k]!;
    if (passes(t, i, range, mask, region)) out.push(i);
  }
  return out;
}
