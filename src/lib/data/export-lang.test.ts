import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCollection } from './load';
import { CSV_EXPORT_COLUMNS, eventsToCsv, eventsToGeoJson, exportFileName } from './export';
import { parseCsv } from './csv';
import { CSV_COLUMN_LABEL, tf } from '../i18n/strings';
import type { DatasetMeta, EventCollection } from './schema';
import fixture from '../../../tests/fixtures/events.small.json';

const meta: DatasetMeta = fixture.metadata as DatasetMeta;
const view = { from: '2023-01-15', to: '2023-01-22', categories: ['march'], url: 'https://example.org/atlas' };
const { events } = parseCollection(fixture as unknown as EventCollection);

describe('downloads in the reader’s language', () => {
  it('the English citation of the catalogue is the one data/meta.json publishes', () => {
    const published = JSON.parse(readFileSync('data/meta.json', 'utf8')).citation as string;
    expect(tf('citation', 'en', { version: '{version}' })).toBe(published);
  });

  it('Spanish CSV: header row, citation and view line in Spanish, same columns and values', () => {
    const es = parseCsv(eventsToCsv(events, meta, view, 'es'));
    const en = parseCsv(eventsToCsv(events, meta, view, 'en'));
    expect(es.header).toEqual(CSV_EXPORT_COLUMNS.map((c) => CSV_COLUMN_LABEL[c].es));
    expect(es.header).toContain('fecha');
    expect(en.header).toEqual([...CSV_EXPORT_COLUMNS]);
    expect(new Set(es.header).size).toBe(es.header.length);
    const cite = es.records[0]!.cells[es.header.indexOf('citar_como')]!;
    expect(cite).toContain(`conjunto de datos, versión ${meta.version}`);
    expect(cite).toContain('Vista: del 2023-01-15 al 2023-01-22');
    expect(es.records.map((r) => r.cells[0])).toEqual(en.records.map((r) => r.cells[0]));
  });

  it('Spanish GeoJSON: the citation in Spanish, the properties unchanged (they are the schema)', () => {
    const fc = JSON.parse(eventsToGeoJson(events, meta, view, 'es'));
    expect(fc.metadata.citation).toMatch(/^Peru Protest Atlas \(conjunto de datos/);
    expect(Object.keys(fc.features[0].properties)).toContain('title_es');
  });

  it('a region’s view names the region in its citation, in both languages', () => {
    const puno = { ...view, region: 'PE-PUN' };
    const es = parseCsv(eventsToCsv(events, meta, puno, 'es'));
    expect(es.records[0]!.cells[es.header.indexOf('citar_como')]).toContain(
      'Vista: Puno, del 2023-01-15 al 2023-01-22',
    );
    const geo = JSON.stringify(eventsToGeoJson(events, meta, puno, 'en'));
    expect(geo).toContain('View: Puno, 2023-01-15 to 2023-01-22');
  });

  it('file names in each language', () => {
    expect(exportFileName(meta, view, 'csv', 'es')).toBe(
      `atlas-protestas-peru_v${meta.version}_2023-01-15_2023-01-22.csv`,
    );
    expect(exportFileName(meta, view, 'geojson', 'en')).toBe(
      `peru-protest-atlas_v${meta.version}_2023-01-15_2023-01-22.geojson`,
    );
  });
});
