/**
 * Turns /data/events.geojson into AtlasEvents. The file is produced by our own build, but a deployer can replace
 * it, a proxy can mangle it, a fetch can fail: every failure becomes a LoadError with a message a reader can act
 * on, never an exception deep inside the map.
 */
import { CATEGORIES, type AtlasEvent, type DatasetMeta, type EventCollection } from './schema';
import { parseDay } from '../time/days';

export class LoadError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

export interface Dataset {
  meta: DatasetMeta;
  events: AtlasEvent[];
}

export function parseCollection(json: unknown): Dataset {
  const fc = json as Partial<EventCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new LoadError(
      'The data file is not a GeoJSON FeatureCollection.',
      'expected {"type":"FeatureCollection","features":[…]}',
    );
  }
  const events: AtlasEvent[] = [];
  fc.features.forEach((f, index) => {
    const p = f?.properties;
    const start = p ? parseDay(p.date) : null;
    const end = p?.end_date ? parseDay(p.end_date) : start;
    if (!p || typeof p.id !== 'string' || start === null || end === null || !CATEGORIES.includes(p.category)) {
      throw new LoadError(
        'The data file has a malformed event.',
        `feature ${index}: needs id, date (YYYY-MM-DD) and a known category`,
      );
    }
    const coords = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    events.push({
      ...p,
      victims: p.victims ?? [],
      sources: p.sources ?? [],
      regions: p.regions ?? (p.region ? [p.region] : []),
      actors: p.actors ?? [],
      distinct_from: p.distinct_from ?? [],
      index,
      start,
      end,
      lngLat: coords && Number.isFinite(coords[0]) && Number.isFinite(coords[1]) ? [coords[0], coords[1]] : null,
    });
  });
  const meta = fc.metadata ?? {
    title: 'Peru Protest Atlas',
    version: 'unknown',
    generated: '',
    license: '',
    citation: '',
    url: '',
    period: { from: '', to: '' },
  };
  return { meta, events };
}

export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new LoadError('The event data could not be downloaded. Check your connection and try again.', String(e));
  }
  if (!res.ok) throw new LoadError(`The event data could not be downloaded (HTTP ${res.status}).`, url);
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    throw new LoadError('The event data file is damaged (not valid JSON).', String(e));
  }
  return parseCollection(json);
}
