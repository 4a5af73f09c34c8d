/**
 * "Coordinates are those of the named place": every located event must name, in its `place` text, a town or
 * site listed in data/places.csv (the gazetteer: district and province capitals from the INEI/RENIEC table, plus
 * sites whose coordinates a source gave), and its point must be that place's point. One place has one point: the
 * same town is never pinned at two slightly different spots, and a site (an airport, a campus, a plant) that lies
 * away from its town gets its own gazetteer row. This catches copy-paste coordinates and a town typed in the
 * wrong region. The gazetteer itself is checked too: one name, one point; two rows at the same spot are a likely
 * duplicate (write one row with both names, separated by ";").
 */
import { distance, point } from '@turf/turf';
import type { EventFeature } from '../data/schema';

export interface GazetteerPlace {
  /** The place's name; alternative names of the same place are separated by ";" ("Majes;El Pedregal"). */
  name: string;
  region: string;
  lat: number;
  lon: number;
  /** Where the coordinates come from: an INEI ubigeo code or a URL. */
  ref: string;
  /** Line in data/places.csv, for error messages. */
  line?: number;
}

/** How far (km) an event may sit from the point of the place it names: the same point, up to rounding. */
export const NAMED_PLACE_TOLERANCE_KM = 0.01;

/** Two gazetteer rows closer than this (km) are probably the same place entered twice. */
export const GAZETTEER_DUPLICATE_KM = 0.05;

export function placeNames(p: GazetteerPlace): string[] {
  return p.name
    .split(';')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

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
  return places.filter((p) => p.region === region && placeNames(p).some((n) => t.includes(normalizeName(n))));
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
    if (nearest.km > NAMED_PLACE_TOLERANCE_KM) {
      const dist = nearest.km < 1 ? `${Math.round(nearest.km * 1000)} m` : `${nearest.km.toFixed(1)} km`;
      problems.push({
        id: p.id,
        message: `event "${p.id}": its point is ${dist} from ${nearest.g.name}, the place it names (one place, one point); use ${nearest.g.lat.toFixed(4)}, ${nearest.g.lon.toFixed(4)}, or name the place it really is at (add a site to data/places.csv with the source of its coordinates)`,
      });
    }
  }
  return problems;
}

export interface GazetteerProblem {
  line: number;
  field: string;
  message: string;
}

/**
 * One place name, one point: a name (in one region) listed twice is an error, whatever the coordinates; two rows
 * at (almost) the same spot are flagged as a likely duplicate, to be merged into one row with both names.
 */
export function checkGazetteer(places: readonly GazetteerPlace[]): GazetteerProblem[] {
  const problems: GazetteerProblem[] = [];
  const byName = new Map<string, GazetteerPlace>();
  places.forEach((p, i) => {
    const line = p.line ?? i + 2;
    for (const n of placeNames(p)) {
      const key = `${p.region}|${normalizeName(n)}`;
      const prev = byName.get(key);
      if (prev && prev !== p) {
        const km = distance(point([p.lon, p.lat]), point([prev.lon, prev.lat]), { units: 'kilometers' });
        problems.push({
          line,
          field: 'name',
          message: `"${n}" (${p.region}) is already listed on line ${prev.line ?? '?'}${km > NAMED_PLACE_TOLERANCE_KM ? `, ${km.toFixed(2)} km away` : ''}; one place name has one point: keep one row`,
        });
      } else byName.set(key, p);
    }
    for (const q of places.slice(0, i)) {
      const km = distance(point([p.lon, p.lat]), point([q.lon, q.lat]), { units: 'kilometers' });
      if (
        km <= GAZETTEER_DUPLICATE_KM &&
        q.region === p.region &&
        !placeNames(p).some((n) => placeNames(q).includes(n))
      ) {
        problems.push({
          line,
          field: 'lat/lon',
          message: `"${p.name}" is ${Math.round(km * 1000)} m from "${q.name}" (line ${q.line ?? '?'}): likely the same place; write one row with both names separated by ";" (e.g. "${q.name};${p.name}"), or correct the coordinates`,
        });
      }
    }
  });
  return problems;
}
