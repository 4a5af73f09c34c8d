/**
 * Builders of small, valid datasets for unit tests (never imported by the app): a feature with every published
 * property set to "nothing" unless the test says otherwise, and a collection over the atlas's period.
 */
import type { EventCollection, EventFeature } from './schema';

/**
 * A one-day march at `lngLat` (default: Juliaca, Puno), or, with `lngLat` null, a measure of the regions in
 * `over.regions` (none: national). `over` replaces any property, e.g. `{ end_date, category, deaths, victims }`.
 */
export function testEvent(
  id: string,
  date: string,
  over: Partial<EventFeature['properties']> = {},
  lngLat: [number, number] | null = [-70.1, -15.5],
): EventFeature {
  const regions = over.regions ?? (lngLat ? ['PE-PUN'] : []);
  return {
    type: 'Feature',
    geometry: lngLat ? { type: 'Point', coordinates: lngLat } : null,
    properties: {
      id,
      date,
      end_date: null,
      date_precision: 'day',
      category: 'march',
      scope: lngLat ? 'local' : regions.length ? 'regional' : 'national',
      place: 'Juliaca',
      region: regions[0] ?? null,
      regions,
      location_precision: lngLat ? 'town' : regions.length ? 'region' : 'national',
      deaths: null,
      deaths_civilians: null,
      deaths_security_forces: null,
      deaths_blockade_related: null,
      injured: null,
      detained: null,
      verification: 'confirmed',
      actors: [],
      title_es: 't',
      title_en: 't',
      description_es: '',
      description_en: '',
      uncertainty_es: null,
      uncertainty_en: null,
      victims: [],
      distinct_from: [],
      sources: [],
      ...over,
    },
  };
}

/** A collection of `features` over the atlas's period (7 Dec 2022 – 31 Mar 2023), dataset version 9.9.9. */
export function testCollection(features: EventFeature[]): EventCollection {
  return {
    type: 'FeatureCollection',
    metadata: {
      title: 't',
      version: '9.9.9',
      license: '',
      citation: '',
      url: '',
      generated: '',
      period: { from: '2022-12-07', to: '2023-03-31' },
    },
    features,
  };
}
