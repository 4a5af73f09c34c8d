/**
 * Writes the "Coverage by region and week" table into data/README.md, between <!-- coverage:start --> and
 * <!-- coverage:end -->, from data/events.csv and data/coverage-searches.csv (counting rules in
 * src/lib/data/coverage.ts). tests/data/coverage.test.ts fails when the README table is out of date.
 *
 *   npm run coverage              (rewrite the table)
 *   tsx scripts/coverage.ts --check   (exit 1 if the table is out of date; writes nothing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parseCsv } from '../src/lib/data/csv';
import {
  coverageEventsFromCsv,
  parseSearches,
  renderCoverageTable,
  replaceBetweenMarkers,
  weeksBetween,
} from '../src/lib/data/coverage';
import { PERIOD_END, PERIOD_START } from '../src/lib/time/days';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface CoverageResult {
  /** The README as `npm run coverage` would write it; null when the searches file has errors. */
  readme: string | null;
  errors: string[];
}

/** The README of `dataDir` with a fresh coverage table, formatted by Prettier as `npm run lint` expects. */
export async function coverageReadme(dataDir = join(root, 'data')): Promise<CoverageResult> {
  const readmePath = join(dataDir, 'README.md');
  const weeks = weeksBetween(PERIOD_START, PERIOD_END);
  const events = coverageEventsFromCsv(parseCsv(readFileSync(join(dataDir, 'events.csv'), 'utf8')));
  const { searches, errors } = parseSearches(
    parseCsv(readFileSync(join(dataDir, 'coverage-searches.csv'), 'utf8')),
    weeks,
  );
  if (errors.length) return { readme: null, errors };
  const text = replaceBetweenMarkers(readFileSync(readmePath, 'utf8'), renderCoverageTable(events, searches, weeks));
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  return { readme: await prettier.format(text, { ...options, filepath: readmePath }), errors };
}

async function main(argv: string[]): Promise<number> {
  const readmePath = join(root, 'data/README.md');
  const { readme, errors } = await coverageReadme();
  if (!readme) {
    console.error(`Coverage table not written, ${errors.length} problem(s):\n`);
    for (const e of errors) console.error(`  ${e}`);
    return 1;
  }
  const current = readFileSync(readmePath, 'utf8');
  if (argv.includes('--check')) {
    if (current === readme) return 0;
    console.error('data/README.md: the coverage table is out of date; run `npm run coverage`');
    return 1;
  }
  if (current !== readme) writeFileSync(readmePath, readme);
  console.log(`data/README.md: coverage table ${current === readme ? 'already up to date' : 'updated'}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2)).then((code) => process.exit(code));
