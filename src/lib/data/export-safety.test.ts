import { describe, expect, it } from 'vitest';
import { parseCollection } from './load';
import { eventsToCsv, exportFileName } from './export';
import { parseCsv } from './csv';
import type { AtlasEvent, DatasetMeta } from './schema';
import fixture from '../../../tests/fixtures/events.small.json';

const meta = fixture.metadata as DatasetMeta;
const view = { from: '2023-01-15', to: '2023-01-22', categories: [], url: 'https://example.org/?x==1+1' };
const base = parseCollection(fixture).events.find((e) => e.lngLat)!;

describe('CSV download: hostile texts cannot run as spreadsheet formulas', () => {
  const hostile: AtlasEvent = {
    ...base,
    place: '=HYPERLINK("https://evil.example","Puno")',
    title_es: "+1+cmd|' /C calc'!A0",
    title_en: "@SUM(1+1)*cmd|' /C calc'!A0",
    description_es: '-2+3',
    description_en: '\t=1+1',
    uncertainty_es: '\r=1+1',
    actors: ['=cmd' as never],
  };
  const table = parseCsv(eventsToCsv([hostile], meta, view));
  const row = table.records[0]!.cells;
  const col = (name: string) => row[table.header.indexOf(name)]!;

  it('prefixes every formula-looking text cell with an apostrophe', () => {
    expect(col('place')).toBe('\'=HYPERLINK("https://evil.example","Puno")');
    expect(col('title_es')).toBe("'+1+cmd|' /C calc'!A0");
    expect(col('title_en')).toMatch(/^'@/);
    expect(col('description_es')).toBe("'-2+3");
    expect(col('description_en')).toBe("'\t=1+1");
    expect(col('uncertainty_es')).toBe("'\r=1+1");
    expect(col('actors')).toBe("'=cmd");
    for (const cell of row) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps coordinates and counts as plain numbers (negative latitude and longitude included)', () => {
    expect(Number(col('lat'))).toBe(base.lngLat![1]);
    expect(Number(col('lon'))).toBe(base.lngLat![0]);
    expect(col('lat')).toMatch(/^-\d/);
    expect(col('lon')).toMatch(/^-\d/);
  });
});

describe('download file name', () => {
  it('keeps only file-name-safe characters from the metadata', () => {
    const name = exportFileName({ ...meta, version: '../../etc/<x>' }, view, 'csv');
    expect(name).toMatch(/^[\w.-]+$/);
    expect(name).not.toContain('/');
    expect(exportFileName(meta, view, 'geojson')).toBe(
      `peru-protest-atlas_v${meta.version}_2023-01-15_2023-01-22.geojson`,
    );
  });
});
