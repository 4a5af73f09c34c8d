/**
 * Downloads of the current view: the events a reader is looking at, as CSV (one row per event, sources
 * flattened) and as GeoJSON, both carrying the dataset version and a citation so that a figure taken away can
 * be traced back.
 */
import { toCsv } from './csv';
import { neutraliseFormula } from './spreadsheet';
import { REGIONS, type AtlasEvent, type DatasetMeta, type EventCollection } from './schema';
import { CSV_COLUMN_LABEL, tf } from '../i18n/strings';
import type { Lang } from '../url/url-state';

export interface ViewDescription {
  from: string;
  to: string;
  categories: string[];
  url: string;
  /** The focused region (ISO 3166-2:PE), when the view covers one region only. */
  region?: string;
}

export const CSV_EXPORT_COLUMNS = [
  'id',
  'date',
  'end_date',
  'date_precision',
  'category',
  'scope',
  'place',
  'region',
  'regions',
  'lat',
  'lon',
  'location_precision',
  'deaths',
  'deaths_civilians',
  'deaths_security_forces',
  'deaths_blockade_related',
  'injured',
  'detained',
  'verification',
  'actors',
  'title_es',
  'title_en',
  'description_es',
  'description_en',
  'uncertainty_es',
  'uncertainty_en',
  'sources',
  'dataset_version',
  'cite_as',
] as const;
export type CsvColumn = (typeof CSV_EXPORT_COLUMNS)[number];

/** The dataset's citation and the view, in the reader's language (English: the citation of data/meta.json). */
function citation(meta: DatasetMeta, view: ViewDescription, lang: Lang): string {
  // A region's view names it (a fresh tester, issue 8: the link did, the words did not).
  const where = view.region ? (REGIONS[view.region] ?? view.region) : null;
  const key = where ? 'exportViewRegion' : 'exportView';
  return `${tf('citation', lang, { version: meta.version })} ${tf(key, lang, { from: view.from, to: view.to, url: view.url, region: where ?? '' })}`;
}

/** CSV of the events; the header row names the columns in the reader's language (English: the field names). */
export function eventsToCsv(
  events: readonly AtlasEvent[],
  meta: DatasetMeta,
  view: ViewDescription,
  lang: Lang = 'en',
): string {
  const cite = citation(meta, view, lang);
  const rows = events.map((e) => [
    e.id,
    e.date,
    e.end_date,
    e.date_precision,
    e.category,
    e.scope,
    e.place,
    e.region,
    e.regions.join(';'),
    e.lngLat?.[1],
    e.lngLat?.[0],
    e.location_precision,
    e.deaths,
    e.deaths_civilians,
    e.deaths_security_forces,
    e.deaths_blockade_related,
    e.injured,
    e.detained,
    e.verification,
    e.actors.join(';'),
    e.title_es,
    e.title_en,
    e.description_es,
    e.description_en,
    e.uncertainty_es,
    e.uncertainty_en,
    e.sources.map((s) => `${s.publisher}, "${s.title}", ${s.date}, ${s.url}`).join(' | '),
    meta.version,
    cite,
  ]);
  // No cell may run as a spreadsheet formula (src/lib/data/spreadsheet.ts); numbers stay numbers.
  return toCsv(
    CSV_EXPORT_COLUMNS.map((c) => CSV_COLUMN_LABEL[c][lang]),
    rows.map((row) => row.map(neutraliseFormula)),
  );
}

export function eventsToGeoJson(
  events: readonly AtlasEvent[],
  meta: DatasetMeta,
  view: ViewDescription,
  lang: Lang = 'en',
): string {
  const fc: EventCollection & { view: ViewDescription } = {
    type: 'FeatureCollection',
    metadata: { ...meta, citation: citation(meta, view, lang) },
    view,
    features: events.map((e) => {
      const { index, start: _s, end: _e, lngLat, ...properties } = e;
      return {
        type: 'Feature' as const,
        id: index,
        geometry: lngLat ? { type: 'Point' as const, coordinates: lngLat } : null,
        properties,
      };
    }),
  };
  return JSON.stringify(fc, null, 1);
}

/**
 * "peru-protest-atlas_v1.0.0_2023-01-15_2023-01-22.csv" (English), "atlas-protestas-peru_v1.0.0_…" (Spanish);
 * a region's view ends with the region's code ("…_2023-01-31_PE-PUN.csv").
 */
export function exportFileName(
  meta: DatasetMeta,
  view: ViewDescription,
  ext: 'csv' | 'geojson',
  lang: Lang = 'en',
): string {
  // Only file-name-safe characters, whatever the data file's metadata says.
  const safe = (s: string) => s.replace(/[^\w.-]+/g, '_').slice(0, 40);
  const region = view.region ? `_${safe(view.region)}` : '';
  return `${tf('exportFilePrefix', lang, {})}_v${safe(meta.version)}_${safe(view.from)}_${safe(view.to)}${region}.${ext}`;
}
