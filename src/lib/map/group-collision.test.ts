import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildGroupLevels, levelFor, membersOf } from './groups';
import {
  collisionFeatures,
  collisionLayer,
  coveredTowns,
  nameAnchors,
  nameFeatures,
  namesLayer,
  ringScale,
  townsLabelFilter,
  COLLISION_IMAGE,
  COLLISION_IMAGE_TALL,
  COLLISION_SOURCE,
  NAMES_SOURCE,
  footprint,
  groupDeathRingWidth,
  groupRadius,
  type Town,
} from './group-collision';
import { buildStyle } from './style';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const { table } = inMemoryDataset(fixtureJson as unknown as EventCollection);
const levels = buildGroupLevels(table);

describe('label space for the events', () => {
  it('has two crossed boxes per group and lone event of every level, as wide as what is drawn there', () => {
    const fc = collisionFeatures(table, levels);
    const expected = levels.reduce((s, l) => s + l.count, 0);
    expect(fc.features.length).toBe(2 * expected);
    expect(new Set(fc.features.map((f) => f.properties.img))).toEqual(new Set([COLLISION_IMAGE, COLLISION_IMAGE_TALL]));
    const big = levels[0]!;
    const g = Array.from({ length: big.count }, (_, k) => k).sort(
      (a, b) => membersOf(big, b).length - membersOf(big, a).length,
    )[0]!;
    const n = membersOf(big, g).length;
    expect(n).toBeGreaterThan(1);
    const box = fc.features.find(
      (f) =>
        f.properties.z === big.zoom &&
        Math.abs(f.geometry.coordinates[0]! - (big.x[g]! * 360 - 180)) < 1e-9 &&
        f.properties.r >= groupRadius(n, ringScale(big.zoom)),
    );
    expect(box).toBeDefined();
    expect(footprint(1, 0)).toBeLessThan(footprint(1, 3));
    expect(footprint(2, 0)).toBeLessThan(footprint(40, 0));
    // A group's deaths ring thickens with its toll (Puno's 43 deaths take more room than Lima's 5).
    expect(footprint(80, 5)).toBeLessThan(footprint(80, 43));
    expect(footprint(80, 0)).toBeLessThan(footprint(80, 1));
  });

  it('draws groups three quarters size at the national level, full size from a region up, never too small for a count', () => {
    expect(ringScale(3)).toBe(0.75);
    expect(ringScale(4)).toBeGreaterThan(0.75);
    expect(ringScale(6)).toBe(1);
    expect(groupRadius(82, ringScale(3))).toBeLessThan(groupRadius(82) * 0.8);
    expect(groupRadius(2, ringScale(3))).toBeGreaterThanOrEqual(12);
    // Full size is unchanged: what the shader drew before.
    expect(groupRadius(2)).toBeCloseTo(10 + 2.2 * Math.SQRT2);
    expect(groupRadius(1000)).toBe(30);
    expect(groupDeathRingWidth(43, 0.75)).toBeLessThan(groupDeathRingWidth(43));
    expect(groupDeathRingWidth(1, 0.75)).toBe(2);
  });

  it('shows the level of the current zoom only, as groups.ts levelFor picks it', () => {
    const layer = collisionLayer(levels);
    const filter = createExpression((layer as { filter: unknown }).filter as never, 'filter');
    expect(filter.result).toBe('success');
    for (const zoom of [3, 4.9, 6, 9.99, 10, 11, 13.5]) {
      const want = levelFor(levels, zoom).zoom;
      for (const z of levels.map((l) => l.zoom)) {
        const shown = (filter.value as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate(
          { zoom: Math.floor(zoom) },
          { type: 'Point', properties: { z }, geometry: [] },
        );
        expect(shown).toBe(z === want);
      }
    }
  });

  it('is a valid layer that always shows and that labels must avoid', () => {
    const style = buildStyle({ lang: 'es', geoUrl: (f) => `/geo/${f}`, fonts: { regular: 'r', bold: 'b' } });
    const withLayer = {
      ...style,
      sources: { ...style.sources, [COLLISION_SOURCE]: { type: 'geojson', data: collisionFeatures(table, levels) } },
      layers: [...style.layers, collisionLayer(levels)],
    };
    expect(validateStyleMin(withLayer as never)).toEqual([]);
    const layout = collisionLayer(levels).layout as Record<string, unknown>;
    expect(layout['icon-allow-overlap']).toBe(true);
    expect(layout['icon-ignore-placement']).toBe(false);
  });
});

describe('towns under a ring', () => {
  const big = levels[0]!;
  const g = Array.from({ length: big.count }, (_, k) => k).sort(
    (a, b) => membersOf(big, b).length - membersOf(big, a).length,
  )[0]!;
  const centre = {
    lng: big.x[g]! * 360 - 180,
    lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * big.y[g]!))) * 180) / Math.PI,
  };
  const towns: Town[] = [
    { name: 'Under', rank: 1, lng: centre.lng + 0.01, lat: centre.lat },
    { name: 'Small', rank: 2, lng: centre.lng, lat: centre.lat + 0.01 },
    { name: 'Far', rank: 1, lng: centre.lng + 15, lat: centre.lat + 15 },
  ];
  const { names, hidden } = coveredTowns(table, levels, towns);

  it("names a ring after the main town under it and hides that town's own label at that level", () => {
    expect(names.get(big)![g]!.map((n) => n.name)).toEqual(['Under']);
    expect(hidden.get(big.zoom)).toContain('Under');
    expect(hidden.get(big.zoom)).not.toContain('Far');
    // A town labelled only from zoom 6.5 is not printed at the national level.
    expect(hidden.get(big.zoom)).not.toContain('Small');
    expect(
      names
        .get(big)!
        .flat()
        .map((n) => n.name),
    ).not.toContain('Small');
  });

  it('names the capitals under a ring with a share of its events, each on the side facing it', () => {
    // The fixture's events sit at its towns' centres: a capital 0.3° away has none of them, so it is not named.
    const aside = { name: 'Aside', rank: 1, lng: centre.lng + 0.3, lat: centre.lat };
    const { names: some } = coveredTowns(table, levels, [towns[0]!, aside]);
    expect(some.get(big)![g]!.map((n) => n.name)).toEqual(['Under']);
    // Anchors: the town west of the centre is named west of the ring first ('right': the text ends there).
    const a = nameAnchors(20, -15, 0);
    expect(a[0]).toBe('right');
    expect((a[1] as number[])[0]).toBeLessThan(-20 / 12);
    // A town beside the ring gets the facing side and its two neighbours; one under it, up to a right angle;
    // one at the centre, every side, below first.
    expect(nameAnchors(20, -30, 0).filter((x) => typeof x === 'string')).toEqual([
      'right',
      'bottom-right',
      'top-right',
    ]);
    expect(nameAnchors(20, -15, 0).filter((x) => typeof x === 'string')).toHaveLength(5);
    const central = nameAnchors(20, 1, 1).filter((x) => typeof x === 'string');
    expect(central).toHaveLength(8);
    expect(central[0]).toBe('top');
  });

  it('prints the names in a valid layer under the boxes, in the order of the toll', () => {
    const fc = nameFeatures(table, levels, names);
    expect(fc.features.some((f) => f.properties.name === 'Under')).toBe(true);
    const style = buildStyle({ lang: 'es', geoUrl: (f) => `/geo/${f}`, fonts: { regular: 'r', bold: 'b' } });
    const withLayers = {
      ...style,
      sources: {
        ...style.sources,
        [COLLISION_SOURCE]: { type: 'geojson', data: collisionFeatures(table, levels) },
        [NAMES_SOURCE]: { type: 'geojson', data: fc },
      },
      layers: [...style.layers, namesLayer(levels, fc), collisionLayer(levels)],
    };
    expect(validateStyleMin(withLayers as never)).toEqual([]);
    // The anchors expression evaluates to the feature's own anchors.
    const layout = namesLayer(levels, fc).layout as Record<string, unknown>;
    const e = createExpression(
      layout['text-variable-anchor-offset'] as never,
      {
        type: 'variableAnchorOffsetCollection',
        'property-type': 'data-driven',
        expression: { interpolated: false, parameters: ['zoom', 'feature'] },
      } as never,
    );
    expect(e.result).toBe('success');
    const f = fc.features[0]!;
    const value = (e.value as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate(
      { zoom: f.properties.z },
      { type: 'Point', properties: f.properties, geometry: [] },
    );
    // An array here (MapLibre coerces it to its anchor collection when it lays the symbol out).
    expect(Array.isArray(value) ? value : (value as { values: unknown }).values).toEqual(
      JSON.parse(f.properties.anchors),
    );
  });

  it('filters the basemap labels with a valid expression that keeps uncovered towns', () => {
    const original = ['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 6.5]];
    const filter = townsLabelFilter(original, levels, hidden);
    const style = buildStyle({ lang: 'es', geoUrl: (f) => `/geo/${f}`, fonts: { regular: 'r', bold: 'b' } });
    const layers = style.layers.map((l) => (l.id === 'towns-label' ? { ...l, filter } : l));
    expect(validateStyleMin({ ...style, layers } as never)).toEqual([]);
    const e = createExpression(filter as never, 'filter');
    if (e.result !== 'success') throw new Error('invalid filter');
    const show = (name: string, zoom: number) =>
      (e.value as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate(
        { zoom },
        { type: 'Point', properties: { name, rank: 1 }, geometry: [] },
      );
    expect(show('Under', big.zoom)).toBe(false);
    expect(show('Far', big.zoom)).toBe(true);
  });
});
