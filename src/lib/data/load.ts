/**
 * Downloads the app's data: the columnar core first (core-format.ts), then detail chunks on demand (details.ts).
 * The files come from our own build, but a deployer can replace them, a proxy can mangle them, a fetch can fail:
 * every failure becomes a LoadError with a code the interface translates (i18n) and a technical detail, never an
 * exception deep inside the map. `parseCollection` reads the public events.geojson (tests, tools).
 */
import { CATEGORIES, type AtlasEvent, type DatasetMeta, type EventCollection } from './schema';
import { CoreFormatError, decodeCore, type DecodedCore } from './core-format';
import { parseDay } from '../time/days';

/** What went wrong, for the reader: no connection, the server said no, the file is damaged, or not ours. */
export type LoadFailure = 'network' | 'http' | 'damaged' | 'format';

export class LoadError extends Error {
  constructor(
    readonly code: LoadFailure,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** GET a JSON file; throws LoadError. */
export async function fetchJson(url: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new LoadError('network', String(e));
  }
  if (!res.ok) throw new LoadError('http', `HTTP ${res.status} ${url}`);
  try {
    return await res.json();
  } catch (e) {
    throw new LoadError('damaged', String(e));
  }
}

/** Download and validate the core file. Bad rows are reported in `rejected`; a file we cannot use throws. */
export async function loadCore(url: string, fetchImpl: typeof fetch = fetch): Promise<DecodedCore> {
  const json = await fetchJson(url, fetchImpl);
  try {
    return decodeCore(json);
  } catch (e) {
    if (e instanceof CoreFormatError) throw new LoadError('format', e.message);
    throw new LoadError('damaged', String(e));
  }
}

export interface Dataset {
  meta: DatasetMeta;
  events: AtlasEvent[];
}

/** Read the public GeoJSON (events.geojson) into AtlasEvents, in file order. Throws LoadError('format'). */
export function parseCollection(json: unknown): Dataset {
  const fc = json as Partial<EventCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new LoadError('format', 'expected {"type":"FeatureCollection","features":[…]}');
  }
  const events: AtlasEvent[] = [];
  fc.features.forEach((f, index) => {
    const p = f?.properties;
    const start = p ? parseDay(p.date) : null;
    const end = p?.end_date ? parseDay(p.end_date) : start;
    if (!p || typeof p.id !== 'string' || start === null || end === null || !CATEGORIES.includes(p.category)) {
      throw new LoadError('format', `feature ${index}: needs id, date (YYYY-MM-DD) and a known category`);
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
