import { describe, expect, it } from 'vitest';
import { aggregate, buildGroupLevels, levelFor, membersOf, mercatorX, mercatorY, GROUP_MAX_ZOOM } from './groups';
import { groupEvents, pick, pointIndex } from './pick';
import { inMemoryDataset } from '../data/in-memory';
import { ALL_CATEGORIES, categoryMask } from '../data/aggregate';
import type { EventCollection } from '../data/schema';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import fixtureJson from '../../../tests/fixtures/events.small.json';
import Supercluster from 'supercluster';
import { synthesize } from '../../../scripts/synth-data';
import synthProfile from '../../../scripts/synth-profile.json';
import { GROUP_MIN_ZOOM, GROUP_RADIUS } from './groups';

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

describe('group membership at scale', () => {
  // Membership is derived from the top zoom down through each cluster's children (issue 10), not by listing every
  // cluster's leaves: the two must agree at every zoom, including clusters that take in nothing more a zoom lower.
  it('puts every event in the group supercluster lists it under (getLeaves), at every zoom', () => {
    const data = synthesize({ size: 3000, seed: 11, profile: synthProfile as never });
    const t = inMemoryDataset(data).table;
    const lv = buildGroupLevels(t);
    const sc = new Supercluster<{ i: number }>({
      radius: GROUP_RADIUS,
      extent: 512,
      minZoom: GROUP_MIN_ZOOM,
      maxZoom: GROUP_MAX_ZOOM,
    });
    const pts = [];
    for (let i = 0; i < t.count; i++)
      if (t.hasPoint(i))
        pts.push({
          type: 'Feature' as const,
          properties: { i },
          geometry: { type: 'Point' as const, coordinates: [t.lng[i]!, t.lat[i]!] },
        });
    sc.load(pts);
    let clustered = 0;
    for (let z = GROUP_MIN_ZOOM; z <= GROUP_MAX_ZOOM; z++) {
      const l = levelFor(lv, z);
      const expected = new Int32Array(t.count).fill(-1);
      sc.getClusters([-180, -85, 180, 85], z).forEach((f, g) => {
        const p = f.properties as { cluster?: boolean; cluster_id?: number; i?: number };
        if (!p.cluster) expected[p.i!] = g;
        else {
          clustered++;
          for (const leaf of sc.getLeaves(p.cluster_id!, Infinity)) expected[leaf.properties.i] = g;
        }
      });
      expect([...l.of]).toEqual([...expected]);
    }
    expect(clustered).toBeGreaterThan(50);
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
