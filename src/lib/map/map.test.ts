import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { CATEGORIES } from '../data/schema';
import { CATEGORY_STYLE, shapePath } from './palette';
import { rasterizeShape } from './icons';
import { buildStyle } from './style';

const style = buildStyle({
  lang: 'es',
  geoUrl: (f) => `/geo/${f}`,
  fonts: { regular: '/f/r.woff2', bold: '/f/b.woff2' },
});

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

  it('draws sea, neighbours, regions, region names and towns (the events are a custom layer on top)', () => {
    const ids = style.layers.map((l) => l.id);
    for (const id of ['sea', 'neighbours-fill', 'regions-fill', 'regions-line', 'region-labels', 'towns-label']) {
      expect(ids).toContain(id);
    }
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
    const icons = CATEGORIES.map((c) => rasterizeShape(CATEGORY_STYLE[c].shape, CATEGORY_STYLE[c].color, 16));
    const alphaMasks = icons.map((i) => Array.from(i.data.filter((_, k) => k % 4 === 3)).join(','));
    expect(new Set(alphaMasks).size).toBe(CATEGORIES.length);
  });

  it('shape paths are closed SVG paths', () => {
    for (const c of CATEGORIES) expect(shapePath(CATEGORY_STYLE[c].shape, 8)).toMatch(/^M.*Z$/);
  });
});
