import { describe, expect, it } from 'vitest';
import { aggregate, buildGroupLevels, levelFor, membersOf, mercatorX, mercatorY, GROUP_MAX_ZOOM } from './groups';
import { groupEvents, pick, pointIndex } from './pick';
import { inMemoryDataset } from '../data/in-memory';
import { ALL_CATEGORIES, categoryMask } from '../data/aggregate';
import type { EventCollection } from '../data/schema';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const { table } = inMemoryDataset(fixtureJson as unknown as EventCollection);
const levels = buildGroupLevels(table);
const all = { from: PERIOD_START, to: PERIOD_END };

describe('group levels', () => {
  it('give every located event exactly one group at every zoom, and none to unlocated measures', () => {
    for (const lvl of levels) {
      for (let i = 0; i < table.count; i++) {
        if (table.hasPoint(i)) expect(lvl.of[i]).toBeGreaterThanOrEqual(0);
        else expect(lvl.of[i]).toBe(-1);
      }
      const members = Array.from({ length: lvl.count }, (_, g) => membersOf(lvl, g).length);
      expect(members.reduce((s, n) => s + n, 0)).toBe(table.ids.filter((_, i) => table.hasPoint(i)).length);
    }
  });

  it('split as the zoom grows; the last level groups only events at the same coordinates', () => {
    const counts = levels.map((l) => l.count);
    for (let k = 1; k < counts.length; k++) expect(counts[k]).toBeGreaterThanOrEqual(counts[k - 1]!);
    const last = levels[levels.length - 1]!;
    expect(levelFor(levels, 14)).toBe(last);
    expect(levelFor(levels, GROUP_MAX_ZOOM + 0.5)).toBe(levels[levels.length - 2]);
    for (let g = 0; g < last.count; g++) {
      const m = [...membersOf(last, g)];
      expect(new Set(m.map((i) => `${table.lng[i]},${table.lat[i]}`)).size).toBe(1);
    }
  });
});

describe('aggregate (one pass per scrub step)', () => {
  it('sums events in range per group and category, and names the single event of a group of one', () => {
    const lvl = levels[0]!;
    const range = { from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! };
    const sums = aggregate(table, lvl, range, ALL_CATEGORIES);
    let total = 0;
    for (let g = 0; g < lvl.count; g++) {
      total += sums.total[g]!;
      if (sums.total[g] === 1) expect(sums.single[g]).toBeGreaterThanOrEqual(0);
    }
    expect(total).toBe(2); // the two located marches of the Toma de Lima week in the fixture
    const none = aggregate(table, lvl, range, categoryMask(['blockade']), undefined, sums);
    expect(none).toBe(sums);
    expect(Array.from(none.total).every((n) => n === 0)).toBe(true);
  });
});

describe('pick', () => {
  const points = pointIndex(table);
  it('finds the single event under the pointer, and a group ring where several are in range', () => {
    const i = table.indexOf('2023-01-19-toma-de-lima-march')!;
    const range = { from: parseDay('2023-01-19')!, to: parseDay('2023-01-19')! };
    const lvl = levels[0]!;
    const sums = aggregate(table, lvl, range, ALL_CATEGORIES);
    const at = (x: number, y: number, r = range) =>
      pick({
        table,
        points,
        level: lvl,
        sums: aggregate(table, lvl, r, ALL_CATEGORIES),
        range: r,
        mask: ALL_CATEGORIES,
        region: -1,
        x,
        y,
        zoom: 5,
      });
    expect(sums.total[lvl.of[i]!]).toBe(1);
    expect(at(mercatorX(table.lng[i]!), mercatorY(table.lat[i]!))).toMatchObject({ kind: 'event', index: i });
    expect(at(mercatorX(table.lng[i]!) + 0.01, mercatorY(table.lat[i]!))).toBeNull();
    const g = lvl.of[i]!;
    const wide = all;
    const hit = at(lvl.x[g]!, lvl.y[g]!, wide);
    if (membersOf(lvl, g).length > 1) {
      expect(hit).toMatchObject({ kind: 'group', group: g });
      expect(groupEvents(table, lvl, g, wide, ALL_CATEGORIES, -1)).toContain(i);
    }
  });
});
