import { describe, expect, it } from 'vitest';
import {
  buildHistogram,
  buildLane,
  cellHeight,
  histogramHit,
  histogramPaths,
  laneHit,
  lanePaths,
  MIN_CELL,
} from './histogram';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import { PERIOD_END, PERIOD_START } from './days';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const { table } = inMemoryDataset(fixtureJson as unknown as EventCollection);
const bounds = { from: PERIOD_START, to: PERIOD_END };
const geom = { x: (d: number) => 10 + d * 8, dayWidth: 8, bottom: 100, height: 96 };
const count = (paths: string[]) => paths.reduce((n, p) => n + (p.match(/M/g)?.length ?? 0), 0);

describe('histogram', () => {
  const hist = buildHistogram(table, bounds, () => true);
  const located = table.ids.filter((_, i) => table.hasPoint(i)).length;

  it('stacks one cell per located event, one path per category, and finds the event under a point', () => {
    const { paths, perEvent, cell } = histogramPaths(hist, geom);
    expect(perEvent).toBe(true);
    expect(paths).toHaveLength(7);
    expect(count(paths)).toBe(located);
    const i = hist.order[0]!;
    const d = table.start[i]! - bounds.from;
    expect(histogramHit(hist, geom, geom.x(d) + 2, geom.bottom - cell / 2)).toEqual({ kind: 'event', index: i });
    expect(histogramHit(hist, geom, geom.x(d) + 2, geom.bottom - 95)).toBeNull();
  });

  it('aggregates into one bar per day and category when cells would be under MIN_CELL px', () => {
    expect(cellHeight(10, 96)).toBe(9.6);
    expect(cellHeight(96 / MIN_CELL + 1, 96)).toBeNull();
    const tiny = { ...geom, height: 2 };
    const { perEvent, paths } = histogramPaths(hist, tiny);
    expect(perEvent).toBe(false);
    expect(count(paths)).toBeLessThanOrEqual(located);
  });
});

describe('measures lane', () => {
  it('packs measures in rows and aggregates past maxRows; bars never run past the axis end', () => {
    const lane = buildLane(table, bounds, () => true, 10);
    const lg = { ...geom, top: 5, rowHeight: 6 };
    expect(lane.rows).toBeGreaterThan(0);
    const paths = lanePaths(lane, table, lg);
    expect(count(paths)).toBe(lane.members.length);
    const right = geom.x(lane.days);
    for (const p of paths)
      for (const m of p.matchAll(/M([\d.]+),[\d.]+h([\d.]+)/g))
        expect(Number(m[1]) + Number(m[2])).toBeLessThanOrEqual(right);
    const i = lane.members[0]!;
    const d = Math.max(0, table.start[i]! - bounds.from);
    expect(laneHit(lane, lg, geom.x(d) + 1, 5 + lane.row[i]! * 6 + 2)).toBe(i);
    const agg = buildLane(table, bounds, () => true, 0);
    expect(agg.rows).toBe(0);
    expect(laneHit(agg, lg, geom.x(d) + 1, 7)).toBeNull();
  });
});
