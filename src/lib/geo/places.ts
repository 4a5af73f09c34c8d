/**
 * "Coordinates are those of the named place": every located event must name, in its `place` text, a town or
 * site listed in data/places.csv (the gazetteer: district and province capitals from the INEI/RENIEC table, plus
 * sites whose coordinates a source gave), and its point must be that place's, within a tolerance that depends on
 * the declared location_precision. This catches copy-paste coordinates and a town typed in the wrong region.
 */
import { distance, point } from '@turf/turf';
import type { EventFeature } from '../data/schema';

export interface GazetteerPlace {
  name: string;
  region: string;
  lat: number;
  lon: number;
  /** Where the coordinates come from: an INEI ubigeo code or a URL. */
  ref: string;
}

/** How far (km) an event may sit from the place it names, by location_precision. */
export const NAMED_PLACE_TOLERANCE_KM: Record<string, number> = { site: 12, town: 3, district: 3, province: 3 };

export function normalizeName(s: string): string {
  return ` ${s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Places of the region whose name appears as whole words in the text. */
export function placesNamedIn(text: string, region: string, places: readonly GazetteerPlace[]): GazetteerPlace[] {
  const t = normalizeName(text);
  return places.filter((p) => p.region === region && t.includes(normalizeName(p.name)));
}

export interface NamedPlaceProblem {
  id: string;
  message: string;
}

export function checkNamedPlaces(
  events: readonly EventFeature[],
  places: readonly GazetteerPlace[],
): NamedPlaceProblem[] {
  const problems: NamedPlaceProblem[] = [];
  for (const e of events) {
    const p = e.properties;
    if (!e.geometry || !p.region) continue;
    const named = placesNamedIn(p.place, p.region, places);
    if (named.length === 0) {
      problems.push({
        id: p.id,
        message: `event "${p.id}": no town or site of ${p.region} in data/places.csv is named in its place "${p.place}"; name the town in "place" or add the place to data/places.csv with its INEI coordinates`,
      });
      continue;
    }
    const at = point(e.geometry.coordinates);
    const nearest = named
      .map((g) => ({ g, km: distance(at, point([g.lon, g.lat]), { units: 'kilometers' }) }))
      .sort((a, b) => a.km - b.km)[0]!;
    const tolerance = NAMED_PLACE_TOLERANCE_KM[p.location_precision] ?? 3;
    if (nearest.km > tolerance) {
      problems.push({
        id: p.id,
        message: `event "${p.id}": its point is ${nearest.km.toFixed(1)} km from ${nearest.g.name}, the place it names (more than ${tolerance} km for location_precision "${p.location_precision}"); use ${nearest.g.lat}, ${nearest.g.lon} or fix the place`,
      });
    }
  }
  return problems;
}
