import { describe, expect, it } from 'vitest';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import fixture from '../../../tests/fixtures/events.small.json';
import { buildLane, lanePaths } from './histogram';

/** Right edges of the rectangles "M x,y h w v h h -w Z" of an SVG path. */
function rightEdges(d: string): number[] {
  return [...d.matchAll(/M(-?[\d.]+),-?[\d.]+h(-?[\d.]+)/g)].map((m) => Number(m[1]) + Number(m[2]));
}

describe('measures lane: a measure that runs past the axis', () => {
  const { table } = inMemoryDataset(fixture as unknown as EventCollection, () => {});
  // The measure that ends last; the axis is made to stop five days before it ends.
  const measures = Array.from({ length: table.count }, (_, i) => i).filter((i) => !table.hasPoint(i));
  const longest = measures.reduce((a, b) => (table.end[b]! > table.end[a]! ? b : a));
  const bounds = { from: table.start[0]!, to: table.end[longest]! - 5 };
  const days = bounds.to - bounds.from + 1;
  const geom = { x: (d: number) => 10 + d * 4, dayWidth: 4, top: 0, rowHeight: 6, bottom: 60, height: 60 };

  it('is drawn up to the end of the axis and no further (bars and aggregated counts)', () => {
    expect(table.end[longest]!).toBeGreaterThan(bounds.to);
    const axisEnd = geom.x(days);
    for (const maxRows of [10, 1]) {
      const lane = buildLane(table, bounds, () => true, maxRows);
      const edges = lanePaths(lane, table, geom).flatMap(rightEdges);
      expect(edges.length).toBeGreaterThan(0);
      expect(Math.max(...edges)).toBeLessThanOrEqual(axisEnd);
    }
  });
});
