/**
 * The build's geography check: every located event must lie inside the polygon of the region it declares.
 * The simplified coastline can leave a seaside town (Chala, Callao, Ilo) a little offshore, so a point
 * within COASTAL_TOLERANCE_KM of its region's polygon is accepted too. Anything else is a wrong coordinate
 * or a wrong region code, and the build names the event.
 */
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { EventFeature } from '../data/schema';

export const COASTAL_TOLERANCE_KM = 2;

export type RegionFeature = Feature<Polygon | MultiPolygon, { iso: string; name: string }>;

export interface ContainmentProblem {
  id: string;
  region: string;
  /** Region the point actually falls in, if any. */
  foundIn: string | null;
  distanceKm: number;
}

/** The region code whose polygon contains the point, or null (sea, or outside Peru). */
export function regionAt(lngLat: [number, number], regions: readonly RegionFeature[]): string | null {
  const p = point(lngLat);
  for (const r of regions) if (booleanPointInPolygon(p, r)) return r.properties.iso;
  return null;
}

export function checkContainment(
  events: readonly EventFeature[],
  regions: FeatureCollection<Polygon | MultiPolygon, { iso: string; name: string }>,
): ContainmentProblem[] {
  const byIso = new Map(regions.features.map((f) => [f.properties.iso, f as RegionFeature]));
  const problems: ContainmentProblem[] = [];
  for (const e of events) {
    // Every located event is checked: one without a region code is a problem, never skipped. Measures without a
    // point have no point to check, but each region they name must have a polygon (the shading paints it).
    if (!e.geometry) {
      for (const code of e.properties.regions ?? [])
        if (!byIso.has(code)) problems.push({ id: e.properties.id, region: code, foundIn: null, distanceKm: Infinity });
      continue;
    }
    if (!e.properties.region) {
      problems.push({ id: e.properties.id, region: '', foundIn: null, distanceKm: NaN });
      continue;
    }
    const region = byIso.get(e.properties.region);
    if (!region) {
      problems.push({ id: e.properties.id, region: e.properties.region, foundIn: null, distanceKm: Infinity });
      continue;
    }
    const p = point(e.geometry.coordinates);
    if (booleanPointInPolygon(p, region)) continue;
    const distanceKm = Math.abs(pointToPolygonDistance(p, region, { units: 'kilometers' }));
    const foundIn = regionAt(e.geometry.coordinates, regions.features as RegionFeature[]);
    if (foundIn === null && distanceKm <= COASTAL_TOLERANCE_KM) continue;
    problems.push({ id: e.properties.id, region: e.properties.region, foundIn, distanceKm });
  }
  return problems;
}

export function describeProblem(p: ContainmentProblem): string {
  if (!p.region) return `event "${p.id}": it has a point but no region code; add the ISO 3166-2:PE code of its region`;
  if (p.distanceKm === Infinity)
    return `event "${p.id}": region ${p.region} has no polygon in public/geo/regions.geojson`;
  const where = p.foundIn ? `inside ${p.foundIn}` : 'outside every region (in the sea or abroad)';
  return `event "${p.id}": its point is ${where}, ${p.distanceKm.toFixed(1)} km from ${p.region}; fix lat/lon to the named place or the region code`;
}
