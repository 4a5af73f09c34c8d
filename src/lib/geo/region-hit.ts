/**
 * Which region a point on the map falls in, on the CPU (issue 8: hovering and clicking a region must work with
 * the shading off, when the map's fill layer is not drawn at all — issue 10 keeps its program off the first frame,
 * so `queryRenderedFeatures` has nothing to hit).
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '@turf/bbox';

type Area = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** The regions prepared for hit tests: each feature with its bounding box [west, south, east, north] (degrees). */
export interface RegionIndex {
  readonly areas: readonly { iso: string; box: readonly [number, number, number, number]; feature: Area }[];
}

/**
 * Prepares the regions of a GeoJSON collection (features with a string `properties.iso` and a Polygon or
 * MultiPolygon geometry; any other feature is skipped).
 */
export function indexRegions(collection: GeoJSON.FeatureCollection): RegionIndex {
  const areas: RegionIndex['areas'][number][] = [];
  for (const f of collection.features) {
    const iso = f.properties?.iso;
    const type = f.geometry?.type;
    if (typeof iso !== 'string' || (type !== 'Polygon' && type !== 'MultiPolygon')) continue;
    const [w, s, e, n] = bbox(f);
    areas.push({ iso, box: [w, s, e, n], feature: f as Area });
  }
  return { areas };
}

/** The ISO code of the region containing (lng, lat) in degrees, or null (the sea, a neighbouring country). */
export function regionAtPoint(index: RegionIndex, lng: number, lat: number): string | null {
  for (const a of index.areas) {
    const [w, s, e, n] = a.box;
    if (lng < w || lng > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon([lng, lat], a.feature)) return a.iso;
  }
  return null;
}
