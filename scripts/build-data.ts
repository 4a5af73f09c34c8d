/**
 * Validates data/events.csv, data/sources.csv, data/deaths.csv, the gazetteer data/places.csv and
 * data/redirects.csv, and compiles them into public/data/events.geojson (one Feature per event, geometry null for
 * regional and national measures; the redirects of removed ids in `metadata.redirects`).
 * Any malformed row fails the build with file, line, field and what to fix; nothing is dropped silently.
 *
 *   npm run build:data                      (the default paths)
 *   tsx scripts/build-data.ts --data DIR --out FILE
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parseCsv, CsvSyntaxError, type CsvTable } from '../src/lib/data/csv';
import { compileDataset, compileRedirects, formatError, type DataError } from '../src/lib/data/validate';
import { checkChangelog, diffRelease, parseChangelog, previousRelease } from '../src/lib/data/changelog';
import { checkContainment, describeProblem } from '../src/lib/geo/containment';
import { checkGazetteer, checkNamedPlaces, type GazetteerPlace } from '../src/lib/geo/places';
import { REGIONS } from '../src/lib/data/schema';
import { parseRegionsCsv } from '../src/lib/geo/population';
import type { DatasetMeta, EventCollection, EventFeature } from '../src/lib/data/schema';
import { formatDay, PERIOD_END, PERIOD_START } from '../src/lib/time/days';
import { writeVersionedData } from './emit-app-data';

/** The app's files (core, detail chunks, every kept release, the version manifest) next to events.geojson. */
function emitForApp(collection: EventCollection, outDir: string, dataDir: string) {
  const changelogPath = join(dataDir, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
  writeVersionedData(collection, outDir, join(dataDir, 'releases'), changelog);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildResult {
  collection: EventCollection | null;
  errors: string[];
}

function readTable(path: string, errors: string[]): CsvTable | null {
  const name = relative(root, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    errors.push(`${name}: cannot read the file; it must exist (see data/README.md)`);
    return null;
  }
  // A file saved in another encoding (Latin-1, Windows-1252) decodes with U+FFFD where its accents were.
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    errors.push(
      `${name}:${line} field "(file)": has characters that are not UTF-8 (the file was saved in another encoding); ` +
        'save it as UTF-8 ("CSV UTF-8" in Excel, "Unicode (UTF-8)" in LibreOffice) and run the build again',
    );
    return null;
  }
  try {
    return parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) errors.push(`${name}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
    else throw e;
    return null;
  }
}

/** The gazetteer: every located event must name one of these places and sit on it (src/lib/geo/places.ts). */
function readPlaces(name: string, table: CsvTable, errors: string[]): GazetteerPlace[] {
  const cols = ['name', 'region', 'lat', 'lon', 'ref'];
  if (cols.some((c) => !table.header.includes(c))) {
    errors.push(`${name}:1 field "header": the header must list ${cols.join(',')}`);
    return [];
  }
  const at = (r: string[], c: string) => (r[table.header.indexOf(c)] ?? '').trim();
  const out: GazetteerPlace[] = [];
  for (const rec of table.records) {
    const place = {
      name: at(rec.cells, 'name'),
      region: at(rec.cells, 'region'),
      lat: Number(at(rec.cells, 'lat')),
      lon: Number(at(rec.cells, 'lon')),
      ref: at(rec.cells, 'ref'),
      line: rec.line,
    };
    if (!place.name) errors.push(`${name}:${rec.line} field "name": is empty`);
    else if (!(place.region in REGIONS))
      errors.push(`${name}:${rec.line} field "region": "${place.region}" is not an ISO 3166-2:PE code`);
    else if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon) || place.lat > 0 || place.lon > -68)
      errors.push(`${name}:${rec.line} field "lat/lon": write decimal degrees (negative in Peru)`);
    else if (!place.ref)
      errors.push(`${name}:${rec.line} field "ref": say where the coordinates come from (INEI ubigeo code or a URL)`);
    else out.push(place);
  }
  for (const p of checkGazetteer(out)) errors.push(`${name}:${p.line} field "${p.field}": ${p.message}`);
  return out;
}

/**
 * Stamps every event's `updated` against the previous release kept in data/releases/ and checks that each event
 * added, changed or removed since then has its line in data/CHANGELOG.md (src/lib/data/changelog.ts).
 */
function stampAgainstRelease(dataDir: string, version: string, features: EventFeature[], errors: string[]): void {
  const dir = join(dataDir, 'releases');
  const releases = existsSync(dir)
    ? readdirSync(dir).flatMap((f) => /^events-(\d+\.\d+\.\d+)\.geojson$/.exec(f)?.[1] ?? [])
    : [];
  const release = previousRelease(releases, version);
  if (!release) {
    for (const f of features) f.properties.updated = version; // the first release: nothing to compare with
    return;
  }
  const previous = JSON.parse(readFileSync(join(dir, `events-${release}.geojson`), 'utf8')) as EventCollection;
  const diff = diffRelease(features, previous.features, release, version);
  for (const f of features) f.properties.updated = diff.updated.get(f.properties.id)!;
  const path = join(dataDir, 'CHANGELOG.md');
  const changelog = parseChangelog(existsSync(path) ? readFileSync(path, 'utf8') : '');
  for (const e of checkChangelog(diff, changelog, version, release))
    errors.push(`${relative(root, path)}${e.line ? `:${e.line}` : ''}: ${e.message}`);
}

export function buildDataset(dataDir: string, regionsPath = join(root, 'public/geo/regions.geojson')): BuildResult {
  const errors: string[] = [];
  const paths = {
    events: join(dataDir, 'events.csv'),
    sources: join(dataDir, 'sources.csv'),
    deaths: join(dataDir, 'deaths.csv'),
    places: join(dataDir, 'places.csv'),
    redirects: join(dataDir, 'redirects.csv'),
  };
  const tables = {
    events: readTable(paths.events, errors),
    sources: readTable(paths.sources, errors),
    deaths: readTable(paths.deaths, errors),
    places: readTable(paths.places, errors),
    redirects: readTable(paths.redirects, errors),
  };
  if (!tables.events || !tables.sources || !tables.deaths || !tables.places || !tables.redirects)
    return { collection: null, errors };
  const places = readPlaces(relative(root, paths.places), tables.places, errors);
  const result = compileDataset({
    events: { name: relative(root, paths.events), table: tables.events },
    sources: { name: relative(root, paths.sources), table: tables.sources },
    deaths: { name: relative(root, paths.deaths), table: tables.deaths },
  });
  errors.push(...result.errors.map((e: DataError) => formatError(e)));
  const eventIds = new Set(tables.events.records.map((r) => (r.cells[0] ?? '').trim()));
  const redirects = compileRedirects(relative(root, paths.redirects), tables.redirects, eventIds);
  errors.push(...redirects.errors.map((e) => formatError(e)));

  // Region populations (2017 census) for the shading's rates: every row and the national total checked.
  const populationPath = join(dataDir, 'regions.csv');
  if (!existsSync(populationPath))
    errors.push(
      `${relative(root, populationPath)}: cannot read the file; it must list the 2017 census population of each region`,
    );
  else errors.push(...parseRegionsCsv(readFileSync(populationPath, 'utf8'), relative(root, populationPath)).errors);

  const regions = JSON.parse(readFileSync(regionsPath, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { iso: string; name: string }
  >;
  const lineOf = new Map(tables.events.records.map((r) => [r.cells[0], r.line]));
  for (const p of checkContainment(result.features, regions)) {
    errors.push(`${relative(root, paths.events)}:${lineOf.get(p.id) ?? '?'} field "lat/lon": ${describeProblem(p)}`);
  }
  for (const p of checkNamedPlaces(result.features, places)) {
    errors.push(`${relative(root, paths.events)}:${lineOf.get(p.id) ?? '?'} field "place": ${p.message}`);
  }
  if (errors.length) return { collection: null, errors };

  const metaFile = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as Omit<
    DatasetMeta,
    'generated' | 'period'
  >;
  const metadata: DatasetMeta = {
    ...metaFile,
    citation: metaFile.citation.replace('{version}', metaFile.version),
    generated: new Date().toISOString().slice(0, 10),
    period: { from: formatDay(PERIOD_START), to: formatDay(PERIOD_END) },
    redirects: redirects.redirects,
  };
  stampAgainstRelease(dataDir, metaFile.version, result.features, errors);
  if (errors.length) return { collection: null, errors };
  const features = result.features.map((f, i) => ({ ...f, id: i }));
  return { collection: { type: 'FeatureCollection', metadata, features }, errors };
}

function main(argv: string[]): number {
  const arg = (flag: string, fallback: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const dataDir = arg('--data', join(root, 'data'));
  const outFile = arg('--out', join(root, 'public/data/events.geojson'));
  const { collection, errors } = buildDataset(dataDir);
  if (!collection) {
    console.error(`Data build failed with ${errors.length} problem(s):\n`);
    for (const e of errors) console.error(`  ${e}`);
    console.error('\nFix the rows above (data/README.md documents every field) and run the build again.');
    return 1;
  }
  mkdirSync(dirname(outFile), { recursive: true });
  if (outFile.endsWith('/events.geojson')) emitForApp(collection, dirname(outFile), dataDir);
  else writeFileSync(outFile, JSON.stringify(collection) + '\n');
  const located = collection.features.filter((f) => f.geometry).length;
  const deaths = collection.features.reduce((s, f) => s + (f.properties.deaths ?? 0), 0);
  console.log(
    `${relative(root, outFile)}: ${collection.features.length} events (${located} located), ${deaths} deaths, ` +
      `${collection.features.reduce((s, f) => s + f.properties.sources.length, 0)} sources; dataset v${collection.metadata.version}`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv.slice(2)));
