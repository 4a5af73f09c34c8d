/**
 * Each region's population from the 2017 national census (INEI, Censos Nacionales 2017: XII de Población,
 * VII de Vivienda y III de Comunidades Indígenas): the census count ("población censada") of the 24
 * departments, Callao, and the Lima department split into Lima Metropolitana (Lima province, PE-LMA) and the Lima
 * region (its other nine provinces, PE-LIM). The figures and where they were read are in data/regions.csv and
 * data/README.md ("Population"); the region shading's rates per 100,000 inhabitants divide by them.
 *
 * The file is checked row by row, and as a whole against INEI's national census count: the 26 figures must add
 * up to CENSUS_2017_TOTAL, so that a mistyped digit anywhere fails the build.
 */
import { parseCsv } from '../data/csv';
import { REGIONS } from '../data/schema';

/** INEI: 29,381,884 people counted on census day (22 Oct 2017), before the estimate of those omitted. */
export const CENSUS_2017_TOTAL = 29_381_884;

export interface RegionPopulation {
  iso: string;
  name: string;
  population: number;
  source: string;
}

const HEADER = ['iso', 'name', 'population_2017', 'source_url'];

/** Rows and problems (file line, field and what to fix) of data/regions.csv. The input is not modified. */
export function parseRegionsCsv(
  text: string,
  file = 'data/regions.csv',
): { rows: RegionPopulation[]; errors: string[] } {
  const errors: string[] = [];
  const table = parseCsv(text);
  if (HEADER.some((c, k) => table.header[k] !== c))
    return { rows: [], errors: [`${file}:1 field "header": the header must be ${HEADER.join(',')}`] };
  const rows: RegionPopulation[] = [];
  const seen = new Set<string>();
  for (const rec of table.records) {
    const [iso = '', name = '', pop = '', source = ''] = rec.cells.map((c) => c.trim());
    const at = (field: string, msg: string) => errors.push(`${file}:${rec.line} field "${field}": ${msg}`);
    if (!(iso in REGIONS)) at('iso', `"${iso}" is not an ISO 3166-2:PE code of data/README.md`);
    else if (seen.has(iso)) at('iso', `${iso} is listed twice; keep one row per region`);
    else if (!/^[1-9]\d*$/.test(pop)) at('population_2017', `"${pop}" is not a whole number of people`);
    else if (!/^https?:\/\//.test(source))
      at('source_url', 'give the http(s) address of the page the figure was read on');
    else rows.push({ iso, name: name || REGIONS[iso]!, population: Number(pop), source });
    seen.add(iso);
  }
  for (const iso of Object.keys(REGIONS))
    if (!seen.has(iso)) errors.push(`${file}: ${iso} (${REGIONS[iso]}) has no row; add its 2017 census figure`);
  const total = rows.reduce((s, r) => s + r.population, 0);
  if (!errors.length && total !== CENSUS_2017_TOTAL)
    errors.push(
      `${file}: the populations add up to ${total}, not INEI's census count of ${CENSUS_2017_TOTAL}; a figure is mistyped`,
    );
  return { rows, errors };
}

/** Population of each region code in `codes` (null when unknown), in that order. */
export function populationsFor(rows: readonly RegionPopulation[], codes: readonly string[]): (number | null)[] {
  const by = new Map(rows.map((r) => [r.iso, r.population]));
  return codes.map((c) => by.get(c) ?? null);
}
