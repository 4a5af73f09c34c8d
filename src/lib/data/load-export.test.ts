import { describe, expect, it } from 'vitest';
import { LoadError, loadCore, parseCollection } from './load';
import { encodeCore, sortFeatures } from './core-format';
import { eventsToCsv, eventsToGeoJson, exportFileName } from './export';
import { parseCsv } from './csv';
import type { DatasetMeta, EventCollection } from './schema';
import fixture from '../../../tests/fixtures/events.small.json';

const meta: DatasetMeta = fixture.metadata as DatasetMeta;
const view = {
  from: '2023-01-15',
  to: '2023-01-22',
  categories: ['march'],
  url: 'https://example.org/atlas?from=2023-01-15',
};

describe('parseCollection', () => {
  it('turns features into events with day numbers and positions', () => {
    const { events, meta: m } = parseCollection(fixture);
    expect(m.version).toBe(meta.version);
    expect(events).toHaveLength(fixture.features.length);
    const located = events.find((e) => e.lngLat);
    expect(located!.start).toBeLessThanOrEqual(located!.end);
    expect(events.every((e, i) => e.index === i)).toBe(true);
    expect(events.some((e) => e.lngLat === null)).toBe(true);
  });

  it.each([
    ['not GeoJSON', { hello: 1 }],
    ['null', null],
    [
      'an event without a date',
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: null, properties: { id: 'x', category: 'march' } }],
      },
    ],
    [
      'an unknown category',
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: null, properties: { id: 'x', date: '2023-01-01', category: 'riot' } }],
      },
    ],
  ])('throws a LoadError for %s', (_l, json) => {
    expect(() => parseCollection(json)).toThrow(LoadError);
  });
});

describe('loadCore', () => {
  const respond = (body: string, status = 200) =>
    (() => Promise.resolve(new Response(body, { status }))) as unknown as typeof fetch;

  it('explains a network failure, an HTTP error, a damaged file and a file of another format, by code', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(loadCore('/data/core.json', failing)).rejects.toMatchObject({ code: 'network' });
    await expect(loadCore('/x', respond('nope', 404))).rejects.toMatchObject({ code: 'http' });
    await expect(loadCore('/x', respond('{not json'))).rejects.toMatchObject({ code: 'damaged' });
    await expect(loadCore('/x', respond(JSON.stringify(fixture)))).rejects.toBeInstanceOf(LoadError);
    await expect(loadCore('/x', respond(JSON.stringify(fixture)))).rejects.toMatchObject({ code: 'format' });
  });

  it('loads a good file', async () => {
    const fc = fixture as unknown as EventCollection;
    const { core } = encodeCore({ ...fc, features: sortFeatures(fc.features) });
    const { table, rejected } = await loadCore('/x', respond(JSON.stringify(core)));
    expect(table.count).toBe(fixture.features.length);
    expect(rejected).toEqual([]);
  });
});

describe('exports', () => {
  const { events } = parseCollection(fixture as unknown as EventCollection);

  it('CSV: one row per event, with sources, dataset version and a citation naming the view', () => {
    const t = parseCsv(eventsToCsv(events, meta, view));
    expect(t.records).toHaveLength(events.length);
    const col = (name: string) => t.header.indexOf(name);
    const row = t.records[0]!.cells;
    expect(row[col('id')]).toBe(events[0]!.id);
    expect(row[col('dataset_version')]).toBe(meta.version);
    expect(row[col('cite_as')]).toContain(meta.citation);
    expect(row[col('cite_as')]).toContain('2023-01-15 to 2023-01-22');
    expect(row[col('sources')]).toContain(events[0]!.sources[0]!.url);
  });

  it('GeoJSON: the events with their geometry, the metadata, version and citation', () => {
    const fc = JSON.parse(eventsToGeoJson(events, meta, view));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.metadata.version).toBe(meta.version);
    expect(fc.metadata.citation).toContain(view.url);
    expect(fc.view).toEqual(view);
    expect(fc.features).toHaveLength(events.length);
    expect(fc.features[0].properties.start).toBeUndefined();
    const national = fc.features.find((f: { geometry: unknown }) => f.geometry === null);
    expect(national).toBeDefined();
  });

  it('names files by version and range', () => {
    expect(exportFileName(meta, view, 'csv')).toBe(`peru-protest-atlas_v${meta.version}_2023-01-15_2023-01-22.csv`);
    // A region's view says so in its name (issue 8).
    expect(exportFileName(meta, { ...view, region: 'PE-PUN' }, 'geojson')).toBe(
      `peru-protest-atlas_v${meta.version}_2023-01-15_2023-01-22_PE-PUN.geojson`,
    );
  });
});
