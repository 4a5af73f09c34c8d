/**
 * Bench reference page "setfilter": the same events as a plain GeoJSON source drawn with circle layers, and the
 * scrub done the common way — `map.setFilter` with a time expression on each layer — then the frame that shows
 * it. The peer the app's scrub is compared with. Loads the full GeoJSON the app is built with
 * (VITE_DATASET_URL, default data/events.geojson).
 */
import './page.css';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { appRoot, createMap, frameWithSourceLoaded, installPageHook, regionsStyle } from './common';

const MS_PER_DAY = 86_400_000;
const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const PERIOD = { from: day('2022-12-07'), to: day('2023-03-31') };

// Category colours of the app (src/lib/map/palette.ts), copied so that this page never changes with the app.
const color: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  'blockade',
  '#E69F00',
  'march',
  '#56B4E9',
  'strike',
  '#009E73',
  'repression',
  '#D55E00',
  'emergency',
  '#0072B2',
  'political',
  '#CC79A7',
  '#7A7A7A',
];

const timeFilter = (from: number, to: number): FilterSpecification => [
  'all',
  ['<=', ['get', 'start'], to],
  ['>=', ['get', 'end'], from],
];

interface RawFeature {
  geometry: { type: string; coordinates: [number, number] } | null;
  properties: { date: string; end_date: string | null; category: string; deaths: number | null };
}

async function main() {
  const url = new URL(import.meta.env.VITE_DATASET_URL || 'data/events.geojson', appRoot);
  const raw = (await (await fetch(url)).json()) as { features: RawFeature[] };
  const features = raw.features
    .filter((f) => f.geometry?.type === 'Point')
    .map((f, i) => ({
      type: 'Feature' as const,
      id: i,
      geometry: { type: 'Point' as const, coordinates: f.geometry!.coordinates },
      properties: {
        start: day(f.properties.date),
        end: day(f.properties.end_date ?? f.properties.date),
        category: f.properties.category,
        deaths: f.properties.deaths ?? 0,
      },
    }));
  let range = { ...PERIOD };
  const filter = timeFilter(range.from, range.to);
  const style = regionsStyle([
    {
      id: 'events-deaths',
      type: 'circle',
      source: 'events',
      filter: ['all', filter, ['>', ['get', 'deaths'], 0]],
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(26,26,26,0.12)',
        'circle-stroke-color': '#1a1a1a',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'events',
      type: 'circle',
      source: 'events',
      filter,
      paint: {
        'circle-radius': 5,
        'circle-color': color,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    },
  ]);
  style.sources.events = { type: 'geojson', data: { type: 'FeatureCollection', features } };
  const map = createMap(style);
  installPageHook(map, 'events', {
    bounds: PERIOD,
    visibleCount: () => features.filter((f) => f.properties.start <= range.to && f.properties.end >= range.from).length,
    setRange(from, to) {
      range = { from, to };
      const f = timeFilter(from, to);
      map.setFilter('events', f);
      map.setFilter('events-deaths', ['all', f, ['>', ['get', 'deaths'], 0]]);
      return frameWithSourceLoaded(map, 'events');
    },
  });
}

main();
