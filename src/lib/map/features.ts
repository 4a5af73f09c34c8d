/**
 * What the map's sources hold: the visible located events as lean GeoJSON (numeric id = dataset index, the
 * category and deaths for styling), and the focus features (selected, hovered). A key lets the map skip
 * setData when the visible set has not changed.
 */
import type { AtlasEvent } from '../data/schema';

export interface MapFeature {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { index: number; category: string; deaths: number; role?: 'selected' | 'hover' };
}

export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

function toFeature(e: AtlasEvent, role?: 'selected' | 'hover'): MapFeature | null {
  if (!e.lngLat) return null;
  const properties: MapFeature['properties'] = { index: e.index, category: e.category, deaths: e.deaths ?? 0 };
  if (role) properties.role = role;
  return { type: 'Feature', id: e.index, geometry: { type: 'Point', coordinates: e.lngLat }, properties };
}

export function eventsToFeatures(events: readonly AtlasEvent[]): MapFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => toFeature(e)).filter((f): f is MapFeature => f !== null),
  };
}

/** Identity of a visible set: same key, same features (events are immutable once loaded). */
export function featureKey(events: readonly AtlasEvent[]): string {
  return events.map((e) => e.index).join(',');
}

/** Hovered first so that the selected event draws on top. */
export function focusFeatures(selected: AtlasEvent | null, hovered: AtlasEvent | null): MapFeatureCollection {
  const out: MapFeature[] = [];
  if (hovered && hovered !== selected) {
    const f = toFeature(hovered, 'hover');
    if (f) out.push(f);
  }
  if (selected) {
    const f = toFeature(selected, 'selected');
    if (f) out.push(f);
  }
  return { type: 'FeatureCollection', features: out };
}

/** Whether every leaf of a cluster sits on the same coordinates (then zooming cannot split it: list them). */
export function allColocated(points: readonly [number, number][]): boolean {
  const first = points[0];
  if (!first) return true;
  return points.every(([x, y]) => Math.abs(x - first[0]) < 1e-6 && Math.abs(y - first[1]) < 1e-6);
}

/** Peru's extent, the default view. */
export const PERU_BOUNDS: [[number, number], [number, number]] = [
  [-81.4, -18.4],
  [-68.6, -0.0],
];
