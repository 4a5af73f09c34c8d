import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { CATEGORIES } from '../data/schema';
import { CATEGORY_STYLE, shapePath } from './palette';
import { categoryIcons, rasterizeShape } from './icons';
import { categoryIconExpression, deathRingRadius } from './expressions';
import { buildStyle, overlayLayers } from './style';
import { allColocated, eventsToFeatures, featureKey, focusFeatures } from './features';
import type { AtlasEvent } from '../data/schema';

const style = buildStyle({
  lang: 'es',
  geoUrl: (f) => `/geo/${f}`,
  fonts: { regular: '/f/r.woff2', bold: '/f/b.woff2' },
});

function evaluate(expr: unknown, properties: Record<string, unknown>, zoom = 5) {
  const e = createExpression(expr as never, 'test');
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return e.value.evaluate({ zoom }, { type: 'Point', properties, geometry: [] } as never);
}

describe('embedded basemap style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('needs no tile, glyph or sprite server: only local GeoJSON and bundled fonts', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) {
      expect(src.type).toBe('geojson');
      const data = (src as { data: unknown }).data;
      if (typeof data === 'string') expect(data).toMatch(/^\/geo\//);
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    expect(style['font-faces']).toEqual({ 'Noto Sans Regular': '/f/r.woff2', 'Noto Sans Bold': '/f/b.woff2' });
  });

  it('draws sea, neighbours, regions, region names and towns under the events', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of [
      'sea',
      'neighbours-fill',
      'regions-fill',
      'regions-line',
      'region-labels',
      'towns-label',
      'event-points',
      'event-clusters',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.indexOf('towns-label')).toBeLessThan(ids.indexOf('event-points'));
  });

  it('the overlay can sit on a hosted style with its own font stack', () => {
    const count = overlayLayers('Open Sans Regular').find((l) => l.id === 'event-cluster-count');
    expect((count as { layout: Record<string, unknown> }).layout['text-font']).toEqual(['Open Sans Regular']);
  });
});

describe('expressions', () => {
  it('map every category to its icon', () => {
    for (const c of CATEGORIES) expect(String(evaluate(categoryIconExpression(), { category: c }))).toBe(`cat-${c}`);
  });

  it('grow the deaths ring with the toll', () => {
    const r1 = evaluate(deathRingRadius(), { deaths: 1 }) as number;
    const r18 = evaluate(deathRingRadius(), { deaths: 18 }) as number;
    expect(r1).toBe(11);
    expect(r18).toBeGreaterThan(r1 + 5);
  });
});

describe('icons', () => {
  it('draw each shape filled with its colour, outlined in white, with transparent corners', () => {
    const img = rasterizeShape('circle', '#E69F00', 32, 3);
    const at = (x: number, y: number) => Array.from(img.data.slice((y * 32 + x) * 4, (y * 32 + x) * 4 + 4));
    expect(at(16, 16)).toEqual([0xe6, 0x9f, 0x00, 255]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(16, 1)[0]).toBeGreaterThan(200); // white-ish rim
  });

  it('differ by shape, not only by colour', () => {
    const icons = categoryIcons(1, 16);
    expect(icons).toHaveLength(CATEGORIES.length);
    const alphaMasks = icons.map((i) => Array.from(i.image.data.filter((_, k) => k % 4 === 3)).join(','));
    expect(new Set(alphaMasks).size).toBe(CATEGORIES.length);
  });

  it('shape paths are closed SVG paths', () => {
    for (const c of CATEGORIES) expect(shapePath(CATEGORY_STYLE[c].shape, 8)).toMatch(/^M.*Z$/);
  });
});

describe('map features', () => {
  const ev = (index: number, lngLat: [number, number] | null, deaths: number | null = null) =>
    ({ index, id: `e${index}`, category: 'march', deaths, lngLat }) as AtlasEvent;

  it('keep only located events, with the dataset index as the numeric id', () => {
    const fc = eventsToFeatures([ev(3, [-70, -15], 2), ev(4, null)]);
    expect(fc.features).toEqual([
      {
        type: 'Feature',
        id: 3,
        geometry: { type: 'Point', coordinates: [-70, -15] },
        properties: { index: 3, category: 'march', deaths: 2 },
      },
    ]);
    expect(featureKey([ev(3, null), ev(5, null)])).toBe('3,5');
  });

  it('focus: hovered below selected, nothing twice', () => {
    const a = ev(1, [-70, -15]);
    const b = ev(2, [-71, -14]);
    expect(focusFeatures(a, b).features.map((f) => f.properties.role)).toEqual(['hover', 'selected']);
    expect(focusFeatures(a, a).features).toHaveLength(1);
    expect(focusFeatures(null, ev(3, null)).features).toHaveLength(0);
  });

  it('allColocated tells a stack of events at one place from a spread cluster', () => {
    expect(
      allColocated([
        [-77.03, -12.05],
        [-77.03, -12.05],
      ]),
    ).toBe(true);
    expect(
      allColocated([
        [-77.03, -12.05],
        [-77.0, -12.05],
      ]),
    ).toBe(false);
  });
});
