import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { buildStyle } from './style';

const read = <T>(f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as T;
const labels = read<FeatureCollection<Point, { name_es: string }>>('neighbour-labels.geojson');
const countries = read<FeatureCollection<Polygon | MultiPolygon, { name_es: string }>>('neighbours.geojson');

describe('neighbouring countries are named once', () => {
  it('the label layer reads one point per country, not the polygons (which repeat a name per tile)', () => {
    const style = buildStyle({ lang: 'es', geoUrl: (f) => f, fonts: { regular: 'r', bold: 'b' } });
    const layer = style.layers.find((l) => l.id === 'neighbours-label') as { source: string };
    expect(layer.source).toBe('neighbour-labels');
    expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(labels.features.map((f) => f.properties.name_es).sort()).toEqual(
      countries.features.map((f) => f.properties.name_es).sort(),
    );
  });

  it.each(labels.features.map((f) => [f.properties.name_es, f] as const))('%s: its label lies inside it', (name, f) => {
    const country = countries.features.find((c) => c.properties.name_es === name) as Feature<Polygon | MultiPolygon>;
    expect(booleanPointInPolygon(f.geometry.coordinates, country)).toBe(true);
  });
});
