import { describe, expect, it } from 'vitest';
import { LoadError, loadDataset, parseCollection } from './load';
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

describe('loadDataset', () => {
  it('explains a network failure', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(loadDataset('/data/events.geojson', failing)).rejects.toMatchObject({
      message: expect.stringMatching(/could not be downloaded/),
    });
  });

  it('explains an HTTP error and a damaged file', async () => {
    const res404 = (() => Promise.resolve(new Response('nope', { status: 404 }))) as unknown as typeof fetch;
    await expect(loadDataset('/x', res404)).rejects.toMatchObject({ message: expect.stringMatching(/HTTP 404/) });
    const bad = (() => Promise.resolve(new Response('{not json', { status: 200 }))) as unknown as typeof fetch;
    await expect(loadDataset('/x', bad)).rejects.toMatchObject({ message: expect.stringMatching(/damaged/) });
  });

  it('loads a good file', async () => {
    const ok = (() =>
      Promise.resolve(new Response(JSON.stringify(fixture), { status: 200 }))) as unknown as typeof fetch;
    expect((await loadDataset('/x', ok)).events).toHaveLength(fixture.features.length);
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
  });
});
