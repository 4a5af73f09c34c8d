/**
 * Writes what the app loads, from a compiled FeatureCollection (docs/design.md, "Data format"):
 *
 *   <out>/events.geojson          the full public file (unchanged format)
 *   <out>/core.json               columnar core the app loads first
 *   <out>/details/<k>.json        detail chunks, fetched on demand
 *
 * and, for the real dataset, every release kept in data/releases/ under <out>/v/<version>/ plus
 * <out>/versions.json (the manifest: versions, what changed since each, redirects).
 * Each core file is decoded again with the app's own decoder before it is written: the build emits only what
 * the app accepts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCore, encodeCore, sortFeatures, DEFAULT_CHUNK_SIZE } from '../src/lib/data/core-format';
import type { EventCollection } from '../src/lib/data/schema';
import { compareVersions, parseChangelog } from '../src/lib/data/changelog';
import { diffCollections, parseManifest, reasonsSince, type VersionManifest } from '../src/lib/data/versions';

/** Sort the features (table order) and give them their index as Feature id. */
export function normalise(collection: EventCollection): EventCollection {
  return { ...collection, features: sortFeatures(collection.features).map((f, i) => ({ ...f, id: i })) };
}

/** Write events.geojson, core.json and details/ for one collection into dir. */
export function writeAppData(collection: EventCollection, dir: string, chunkSize = DEFAULT_CHUNK_SIZE): void {
  const { core, chunks } = encodeCore(collection, chunkSize);
  const check = decodeCore(JSON.parse(JSON.stringify(core)));
  if (check.rejected.length) {
    const r = check.rejected[0]!;
    throw new Error(`the core file would be rejected by the app: ${r.event} field ${r.field}: ${r.message}`);
  }
  rmSync(join(dir, 'details'), { recursive: true, force: true });
  mkdirSync(join(dir, 'details'), { recursive: true });
  writeFileSync(join(dir, 'events.geojson'), JSON.stringify(collection) + '\n');
  writeFileSync(join(dir, 'core.json'), JSON.stringify(core));
  chunks.forEach((c, k) => writeFileSync(join(dir, 'details', `${k}.json`), JSON.stringify(c)));
}

/**
 * The current data plus every release in releasesDir (events-<version>.geojson), and the manifest. The redirects
 * of merged ids come from the current collection's `metadata.redirects` (data/redirects.csv), or `redirects`.
 */
export function writeVersionedData(
  current: EventCollection,
  outDir: string,
  releasesDir: string,
  changelogText: string,
  redirects: Record<string, string> = {},
): VersionManifest {
  const cur = normalise(current);
  writeAppData(cur, outDir);
  const version = cur.metadata.version;
  const changelog = parseChangelog(changelogText);
  const dateOf = (ver: string) => changelog.versions.find((x) => x.version === ver)?.date ?? null;
  const merged = {
    ...((cur.metadata as { redirects?: Record<string, string> }).redirects ?? {}),
    ...redirects,
  };
  const manifest: VersionManifest = {
    current: version,
    versions: [{ version, path: '', date: dateOf(version) }],
    changes: {},
    redirects: merged,
  };
  rmSync(join(outDir, 'v'), { recursive: true, force: true });
  const files = existsSync(releasesDir) ? readdirSync(releasesDir) : [];
  const releases = files
    .map((f) => /^events-(\d+\.\d+\.\d+)\.geojson$/.exec(f)?.[1])
    .filter((v): v is string => !!v && v !== version)
    .sort((a, b) => compareVersions(b, a));
  for (const rel of releases) {
    const older = normalise(JSON.parse(readFileSync(join(releasesDir, `events-${rel}.geojson`), 'utf8')));
    writeAppData(older, join(outDir, 'v', rel));
    manifest.versions.push({ version: rel, path: `v/${rel}/`, date: dateOf(rel) });
    manifest.changes[rel] = diffCollections(older, cur, reasonsSince(changelog, rel, version), merged);
  }
  // The manifest is checked with the app's own schema, like core.json: the build emits only what the app accepts.
  if (!parseManifest(JSON.parse(JSON.stringify(manifest))))
    throw new Error('versions.json would be rejected by the app (src/lib/data/versions.ts ManifestSchema)');
  writeFileSync(join(outDir, 'versions.json'), JSON.stringify(manifest));
  return manifest;
}

/** CLI (the benchmark's synthetic datasets): `tsx scripts/emit-app-data.ts <events.geojson> <out dir>`. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [input, out] = process.argv.slice(2);
  if (!input || !out) {
    console.error('usage: tsx scripts/emit-app-data.ts <events.geojson> <out dir>');
    process.exit(1);
  }
  writeAppData(normalise(JSON.parse(readFileSync(input, 'utf8')) as EventCollection), out);
}
