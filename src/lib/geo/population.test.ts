import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CENSUS_2017_TOTAL, parseRegionsCsv, populationsFor } from './population';
import { REGIONS } from '../data/schema';

const file = readFileSync('data/regions.csv', 'utf8');

describe('data/regions.csv', () => {
  it('has the 2017 census count of all 26 regions, adding up to INEI’s national count', () => {
    const { rows, errors } = parseRegionsCsv(file);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.iso).sort()).toEqual(Object.keys(REGIONS).sort());
    expect(rows.reduce((s, r) => s + r.population, 0)).toBe(CENSUS_2017_TOTAL);
    // Lima Metropolitana and the Lima region together are the Lima department (INEI: 9,485,405).
    const pop = (iso: string) => rows.find((r) => r.iso === iso)!.population;
    expect(pop('PE-LMA') + pop('PE-LIM')).toBe(9_485_405);
  });

  it.each([
    ['a mistyped figure (the total no longer matches)', (t: string) => t.replace('1172697', '1172679'), /add up to/],
    ['a missing region', (t: string) => t.replace(/^PE-TAC.*\n/m, ''), /PE-TAC \(Tacna\) has no row/],
    ['an unknown code', (t: string) => t.replace('PE-TAC,', 'PE-XXX,'), /:\d+ field "iso"/],
    ['a figure that is not a number', (t: string) => t.replace('329332', '329.332'), /population_2017/],
    [
      'a source that is not a web address',
      (t: string) => t.replace(/,https:\/\/en\.wikipedia[^\n]*Tacna/, ',INEI'),
      /source_url/,
    ],
  ])('refuses %s, naming the line and field', (_l, edit, message) => {
    const { errors } = parseRegionsCsv(edit(file));
    expect(errors.join('\n')).toMatch(message);
  });

  it('gives populations in the order of any list of codes, null when unknown', () => {
    const { rows } = parseRegionsCsv(file);
    expect(populationsFor(rows, ['PE-PUN', 'XX'])).toEqual([1_172_697, null]);
  });
});
