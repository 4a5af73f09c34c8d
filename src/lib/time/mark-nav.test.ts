import { describe, expect, it } from 'vitest';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import fixture from '../../../tests/fixtures/events.small.json';
import { buildHistogram, buildLane, histogramHit, histogramPaths } from './histogram';
import { histogramBinRect, histogramItems, laneBinEvents, laneItems, moveIn, nearestHit } from './mark-nav';

const { table } = inMemoryDataset(fixture as unknown as EventCollection, () => {});
const bounds = { from: table.start[0]!, to: Math.max(...table.end) };
const all = () => true;

describe('roving focus over the timeline marks', () => {
  it('the histogram: one stop per located event in day order while cells are legible', () => {
    const h = buildHistogram(table, bounds, all);
    const items = histogramItems(h, { x: (d) => d * 8, dayWidth: 8, bottom: 100, height: 100 });
    expect(items).toHaveLength(h.order.length);
    expect(items.every((it) => it.kind === 'event')).toBe(true);
    const days = items.map((it) => (it.kind === 'event' ? table.start[it.index]! : 0));
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('the histogram, aggregated: one stop per day × category bar, counts adding up to the events', () => {
    const h = buildHistogram(table, bounds, all);
    const g = { x: (d: number) => d * 2, dayWidth: 2, bottom: 100, height: 1 };
    expect(histogramPaths(h, g).perEvent).toBe(false);
    const items = histogramItems(h, g);
    expect(items.every((it) => it.kind === 'bin')).toBe(true);
    expect(items.reduce((s, it) => s + (it.kind === 'bin' ? it.n : 0), 0)).toBe(h.order.length);
    const first = items[0]!;
    if (first.kind !== 'bin') throw new Error('bin expected');
    const r = histogramBinRect(h, g, first.day, first.category);
    expect(histogramHit(h, g, r.x + r.w / 2, r.y + r.h / 2)).toMatchObject({ kind: 'bin', day: first.day });
  });

  it('the lane: one stop per measure, or the measures in force per day when aggregated', () => {
    const legible = buildLane(table, bounds, all, 50);
    expect(laneItems(legible)).toHaveLength(legible.members.length);
    const agg = buildLane(table, bounds, all, 0);
    const items = laneItems(agg);
    expect(items.length).toBeGreaterThan(0);
    const it0 = items[0]!;
    if (it0.kind !== 'bin') throw new Error('bin expected');
    expect(laneBinEvents(agg, table, it0.day, it0.category)).toHaveLength(it0.n);
  });

  it('keys move one stop, ten with Page keys, to the ends with Home and End, never past them', () => {
    expect(moveIn(5, 2, 'ArrowRight')).toBe(3);
    expect(moveIn(5, 2, 'ArrowUp')).toBe(1);
    // Marks stacked from the bottom (the histogram): the next mark of a day is the one above.
    expect(moveIn(5, 2, 'ArrowUp', true)).toBe(3);
    expect(moveIn(5, 2, 'ArrowDown', true)).toBe(1);
    expect(moveIn(5, 4, 'ArrowRight')).toBe(4);
    expect(moveIn(5, 0, 'ArrowLeft')).toBe(0);
    expect(moveIn(30, 3, 'PageDown')).toBe(13);
    expect(moveIn(5, 3, 'Home')).toBe(0);
    expect(moveIn(5, 0, 'End')).toBe(4);
    expect(moveIn(5, 0, 'x')).toBeNull();
    expect(moveIn(0, 0, 'ArrowRight')).toBeNull();
  });
});

describe('nearestHit', () => {
  // One 3 × 3 px mark at (50, 50).
  const probe = (x: number, y: number) => (Math.abs(x - 50) <= 1.5 && Math.abs(y - 50) <= 1.5 ? 'mark' : null);
  it('finds a small mark from a finger 20 px away, not from 30 px', () => {
    expect(nearestHit(probe, 50, 50)).toBe('mark');
    expect(nearestHit(probe, 68, 58)).toBe('mark');
    expect(nearestHit(probe, 80, 50)).toBeNull();
  });
});
