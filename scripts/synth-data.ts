/**
 * Seeded generator of synthetic datasets for the benchmark (npm run bench): N events in exactly the compiled
 * format the app loads (a GeoJSON FeatureCollection like public/data/events.geojson, with `metadata`).
 *
 * Realism comes from a profile of the real dataset, committed as scripts/synth-profile.json so that a given
 * seed and size always give the same file whatever happens to data/ later (before/after figures stay
 * comparable): the daily shape of the period (peaks in mid-December and January), category shares, the share of
 * located events, multi-day events and their lengths, casualties, verification, number of sources, and the
 * places (data/places.csv ∪ data/towns.csv) weighted by where the real events are. Texts are made from templates
 * (scripts/synth-text.ts), never copied; publishers are fictitious and URLs use the reserved `.example` TLD;
 * victims are never named; every uncertainty note says the event is synthetic.
 *
 * National and regional measures (no point) are ~39% of the real dataset; a newsroom's large dataset is mostly
 * located events, so the generator keeps only `measureShare` (default 10%) of events without a point, keeping
 * the category shares.
 *
 *   tsx scripts/synth-data.ts --size 10000 [--seed 20221207] [--out bench/data/10000/events.geojson]
 *   tsx scripts/synth-data.ts --write-profile     (re-derive scripts/synth-profile.json from data/)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACTORS,
  CATEGORIES,
  REGIONS,
  VERIFICATIONS,
  type Actor,
  type Category,
  type EventCollection,
  type EventFeature,
  type EventProperties,
  type Source,
  type Verification,
  type Victim,
} from '../src/lib/data/schema';
import { parseCsv } from '../src/lib/data/csv';
import { formatDay, parseDay } from '../src/lib/time/days';
import * as T from './synth-text';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROFILE_PATH = join(root, 'scripts/synth-profile.json');
export const DEFAULT_SEED = 20221207;

// ---------------------------------------------------------------------------------------------- randomness

/** mulberry32: a tiny, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indices in proportion to weights (cumulative table + binary search: O(log n) per draw). */
export function weightedPicker(weights: readonly number[]): (rand: () => number) => number {
  const cum = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += Math.max(0, w);
    cum[i] = total;
  });
  if (!(total > 0)) throw new Error('weightedPicker: weights must have a positive sum');
  return (rand) => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function gaussian(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// ---------------------------------------------------------------------------------------------- profile

export interface SynthPlace {
  name: string;
  region: string;
  lat: number;
  lon: number;
  weight: number;
}

export interface CategoryProfile {
  share: number;
  /** Share of the category's events that have a point. */
  located: number;
  /** Among its events without a point, the share that are national (the rest are regional). */
  national: number;
  multiDay: number;
  deaths: number;
  injured: number;
  detained: number;
  /** Actor weights for this category. */
  actors: Partial<Record<Actor, number>>;
}

export interface SynthProfile {
  basis: string;
  period: { from: string; to: string };
  /** One weight per day of the period (smoothed counts of events starting that day). */
  dayWeights: number[];
  categories: Record<Category, CategoryProfile>;
  places: SynthPlace[];
  /** Weights of regions for regional measures. */
  regionWeights: Record<string, number>;
  /** Weights of 1, 2, 3… regions for a regional measure. */
  regionsPerMeasure: number[];
  /** Observed lengths (days) of multi-day events. */
  durations: number[];
  deathCounts: number[];
  injuredCounts: number[];
  detainedCounts: number[];
  /** Weights of 1, 2, 3, 4 sources. */
  sourcesPerEvent: number[];
  /** Weights of 1, 2, 3… actors. */
  actorsPerEvent: number[];
  verification: Record<Verification, number>;
  approximateDates: number;
  /** Deciles of the Spanish description length (characters). */
  descriptionDeciles: number[];
}

export interface GazetteerRow {
  name: string;
  region: string;
  lat: number;
  lon: number;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

function histogram(values: number[], max: number): number[] {
  const out = new Array<number>(max).fill(0);
  for (const v of values) out[Math.min(max, Math.max(1, v)) - 1]! += 1;
  return out;
}

/** Derives the profile from the real compiled dataset and the gazetteer (pure). */
export function deriveProfile(fc: EventCollection, gazetteer: GazetteerRow[]): SynthProfile {
  const props = fc.features.map((f) => f.properties);
  const from = parseDay(fc.metadata.period.from)!;
  const to = parseDay(fc.metadata.period.to)!;
  const n = props.length;

  const raw = new Array<number>(to - from + 1).fill(0);
  for (const p of props) raw[parseDay(p.date)! - from]! += 1;
  const kernel = [1, 2, 3, 2, 1];
  const mean = n / raw.length;
  const dayWeights = raw.map((_, d) => {
    let s = 0;
    let w = 0;
    kernel.forEach((k, j) => {
      const v = raw[d + j - 2];
      if (v !== undefined) {
        s += k * v;
        w += k;
      }
    });
    return round(s / w + 0.15 * mean, 3);
  });

  const categories = {} as Record<Category, CategoryProfile>;
  for (const c of CATEGORIES) {
    const feats = fc.features.filter((f) => f.properties.category === c);
    const ps = feats.map((f) => f.properties);
    const k = Math.max(1, ps.length);
    const unlocated = feats.filter((f) => !f.geometry);
    const actors: Partial<Record<Actor, number>> = {};
    for (const p of ps) for (const a of p.actors) actors[a] = (actors[a] ?? 0) + 1;
    categories[c] = {
      share: round(ps.length / n),
      located: round((feats.length - unlocated.length) / k),
      national: unlocated.length
        ? round(unlocated.filter((f) => f.properties.scope === 'national').length / unlocated.length)
        : 0.5,
      multiDay: round(ps.filter((p) => p.end_date).length / k),
      deaths: round(ps.filter((p) => p.deaths).length / k),
      injured: round(ps.filter((p) => p.injured).length / k),
      detained: round(ps.filter((p) => p.detained).length / k),
      actors,
    };
  }

  // Places: where the real located events are, by region, then by nearness to each gazetteer place.
  const located = fc.features.filter((f) => f.geometry).map((f) => ({ ...f.properties, c: f.geometry!.coordinates }));
  const byRegion = new Map<string, number>();
  for (const e of located) if (e.region) byRegion.set(e.region, (byRegion.get(e.region) ?? 0) + 1);
  const seen = new Set<string>();
  const gaz = gazetteer.filter((g) => {
    const key = `${g.name}|${g.region}`;
    if (seen.has(key) || !(g.region in REGIONS)) return false;
    seen.add(key);
    return true;
  });
  const near = gaz.map(
    (g) => located.filter((e) => Math.abs(e.c[0] - g.lon) < 0.05 && Math.abs(e.c[1] - g.lat) < 0.05).length,
  );
  const places: SynthPlace[] = gaz.map((g, i) => {
    const inRegion = gaz.reduce((s, h, j) => s + (h.region === g.region ? 1 + 3 * near[j]! : 0), 0);
    const regionWeight = (byRegion.get(g.region) ?? 0) + 0.3;
    return { ...g, weight: round((regionWeight * (1 + 3 * near[i]!)) / inRegion, 5) };
  });

  const regionWeights: Record<string, number> = {};
  for (const r of Object.keys(REGIONS)) regionWeights[r] = 0.5;
  for (const p of props) for (const r of p.regions) regionWeights[r] = (regionWeights[r] ?? 0.5) + 1;

  const days = (p: EventProperties) => parseDay(p.end_date!)! - parseDay(p.date)! + 1;
  const sorted = props.map((p) => p.description_es.length).sort((a, b) => a - b);
  const verification = {} as Record<Verification, number>;
  for (const v of VERIFICATIONS) verification[v] = round(props.filter((p) => p.verification === v).length / n);

  return {
    basis: `Peru Protest Atlas dataset v${fc.metadata.version} (${n} events)`,
    period: fc.metadata.period,
    dayWeights,
    categories,
    places,
    regionWeights,
    regionsPerMeasure: histogram(
      props.filter((p) => p.scope === 'regional').map((p) => p.regions.length),
      8,
    ),
    durations: props.filter((p) => p.end_date).map(days),
    deathCounts: props.filter((p) => p.deaths).map((p) => p.deaths!),
    injuredCounts: props.filter((p) => p.injured).map((p) => p.injured!),
    detainedCounts: props.filter((p) => p.detained).map((p) => p.detained!),
    sourcesPerEvent: histogram(
      props.map((p) => p.sources.length),
      4,
    ),
    actorsPerEvent: histogram(
      props.map((p) => p.actors.length),
      6,
    ),
    verification,
    approximateDates: round(props.filter((p) => p.date_precision === 'approximate').length / n),
    descriptionDeciles: Array.from({ length: 11 }, (_, i) => sorted[Math.round((i / 10) * (sorted.length - 1))]!),
  };
}

export function loadProfile(path = PROFILE_PATH): SynthProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as SynthProfile;
}

// ---------------------------------------------------------------------------------------------- generator

export interface SynthOptions {
  size: number;
  seed?: number;
  profile: SynthProfile;
  /** Share of events without a point (national and regional measures). Default 0.1. */
  measureShare?: number;
}

function slug(text: string, max = 60): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(slots[k] ?? ''));
}

const SITES: readonly string[] = [
  'Plaza de Armas',
  'Puente principal',
  'Terminal terrestre',
  'Mercado central',
  'Aeropuerto',
  'Óvalo de ingreso',
  'Sede de la prefectura',
];

/**
 * N synthetic events, deterministic for (seed, size, profile, measureShare). Pure: no I/O, no clock.
 * Features are sorted by start day; `id` is the index, as in the compiled file.
 */
export function synthesize({ size, seed = DEFAULT_SEED, profile, measureShare = 0.1 }: SynthOptions): EventCollection {
  const rand = mulberry32(seed);
  const from = parseDay(profile.period.from)!;
  const to = parseDay(profile.period.to)!;
  const pick = <X>(xs: readonly X[]): X => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;

  const pickDay = weightedPicker(profile.dayWeights);
  const pickCat = weightedPicker(CATEGORIES.map((c) => profile.categories[c].share));
  const pickPlace = weightedPicker(profile.places.map((p) => p.weight));
  const regionCodes = Object.keys(profile.regionWeights);
  const pickRegion = weightedPicker(regionCodes.map((r) => profile.regionWeights[r]!));
  const pickRegionCount = weightedPicker(profile.regionsPerMeasure);
  const pickSourceCount = weightedPicker(profile.sourcesPerEvent);
  const pickActorCount = weightedPicker(profile.actorsPerEvent);
  const pickVerification = weightedPicker(VERIFICATIONS.map((v) => profile.verification[v]));
  const pickPublisher = weightedPicker(T.PUBLISHERS.map((p) => (p.type === 'press' ? 4 : 1)));
  const actorPickers = Object.fromEntries(
    CATEGORIES.map((c) => {
      const w = ACTORS.map((a) => (profile.categories[c].actors[a] ?? 0) + 0.2);
      return [c, weightedPicker(w)];
    }),
  ) as Record<Category, (r: () => number) => number>;

  // Rescale the located shares so that `measureShare` of all events have no point.
  const realUnlocated = CATEGORIES.reduce(
    (s, c) => s + profile.categories[c].share * (1 - profile.categories[c].located),
    0,
  );
  const scale = realUnlocated > 0 ? measureShare / realUnlocated : 0;

  const deciles = profile.descriptionDeciles;
  const descTarget = () => {
    const i = Math.floor(rand() * (deciles.length - 1));
    return deciles[i]! + rand() * (deciles[i + 1]! - deciles[i]!);
  };

  const starts = Array.from({ length: size }, () => from + pickDay(rand)).sort((a, b) => a - b);
  const features: EventFeature[] = [];
  const lastIdOfDay = new Map<number, string>();

  starts.forEach((start, index) => {
    const category = CATEGORIES[pickCat(rand)]!;
    const cp = profile.categories[category];
    const isLocated = !chance(Math.min(1, (1 - cp.located) * scale));
    const end = chance(cp.multiDay)
      ? Math.min(to, start + pick(profile.durations.length ? profile.durations : [2]) - 1)
      : start;

    let geometry: EventFeature['geometry'] = null;
    let scope: EventProperties['scope'];
    let region: string | null;
    let regions: string[];
    let place: string;
    let precision: EventProperties['location_precision'];
    let town = '';
    if (isLocated) {
      const p = profile.places[pickPlace(rand)]!;
      town = p.name;
      region = p.region;
      regions = [p.region];
      scope = 'local';
      const mode = rand();
      let lat = p.lat;
      let lon = p.lon;
      if (mode < 0.55) {
        precision = 'town';
        place = `${p.name}, ${REGIONS[p.region]}`;
      } else if (mode < 0.85) {
        precision = 'site';
        place = `${pick(SITES)}, ${p.name}`;
        lat += Math.max(-0.02, Math.min(0.02, gaussian(rand) * 0.008));
        lon += Math.max(-0.02, Math.min(0.02, gaussian(rand) * 0.008));
      } else {
        precision = chance(0.6) ? 'district' : 'province';
        place = `${p.name}, ${REGIONS[p.region]}`;
        lat += Math.max(-0.08, Math.min(0.08, gaussian(rand) * 0.03));
        lon += Math.max(-0.08, Math.min(0.08, gaussian(rand) * 0.03));
      }
      geometry = { type: 'Point', coordinates: [round(lon), round(lat)] };
    } else if (chance(cp.national)) {
      scope = 'national';
      region = null;
      regions = [];
      place = 'Perú';
      precision = 'national';
    } else {
      scope = 'regional';
      precision = 'region';
      const count = Math.min(regionCodes.length, pickRegionCount(rand) + 1);
      const set = new Set<string>();
      while (set.size < count) set.add(regionCodes[pickRegion(rand)]!);
      regions = [...set];
      region = regions[0]!;
      place = regions.map((r) => REGIONS[r]).join(', ');
    }

    const regionName = region ? REGIONS[region]! : 'Perú';
    const slots = {
      town: town || regionName,
      region: regionName,
      road: pick(T.ROADS),
      n: 2 + Math.floor(rand() * 120),
      days: pick([15, 30, 30, 60]),
    };

    // Casualties.
    let deaths: number | null = null;
    let civilians: number | null = null;
    let security: number | null = null;
    let blockade: number | null = null;
    const victims: Victim[] = [];
    if (profile.deathCounts.length && chance(cp.deaths)) {
      deaths = pick(profile.deathCounts);
      civilians = 0;
      security = 0;
      blockade = 0;
      for (let k = 0; k < deaths; k++) {
        const kind: Victim['kind'] =
          category === 'other' && chance(0.6) ? 'blockade' : chance(0.93) ? 'civilian' : 'security';
        if (kind === 'civilian') civilians++;
        else if (kind === 'security') security++;
        else blockade++;
        victims.push({
          kind,
          name: null,
          age: chance(0.8) ? 18 + Math.floor(rand() * 45) : null,
          date_of_death: formatDay(Math.min(to, start + (chance(0.85) ? 0 : 1 + Math.floor(rand() * 20)))),
          cause: pick(T.CAUSES),
          counted_by_defensoria: chance(0.85) ? 'yes' : chance(0.5) ? 'unclear' : 'no',
        });
      }
    }
    const injured = profile.injuredCounts.length && chance(cp.injured) ? pick(profile.injuredCounts) : null;
    const detained = profile.detainedCounts.length && chance(cp.detained) ? pick(profile.detainedCounts) : null;

    // Texts.
    const titles =
      scope === 'local'
        ? T.LOCAL_TITLES[category]
        : scope === 'regional'
          ? T.REGIONAL_TITLES[category]
          : T.NATIONAL_TITLES[category];
    const [titleEs, titleEn] = pick(titles);
    const [tailEs, tailEn] = chance(0.6) ? pick(T.TITLE_TAILS) : ['', ''];
    const title_es = fill(titleEs, slots) + tailEs;
    const title_en = fill(titleEn, slots) + tailEn;
    const target = descTarget();
    // Openings naming a town only for located events.
    const openings = T.OPENINGS[category].filter(([o]) => o.includes('{town}') === (scope === 'local'));
    const [oEs, oEn] = pick(openings.length ? openings : T.OPENINGS[category]);
    const es = [fill(oEs, slots)];
    const en = [fill(oEn, slots)];
    if (deaths) {
      es.push(fill(T.CASUALTY_SENTENCES[0], { n: deaths }));
      en.push(fill(T.CASUALTY_SENTENCES[1], { n: deaths }));
    }
    const used = new Set<number>();
    while (es.join(' ').length + 60 < target && used.size < T.FILLERS.length) {
      const i = Math.floor(rand() * T.FILLERS.length);
      if (used.has(i)) continue;
      used.add(i);
      es.push(fill(T.FILLERS[i]![0], slots));
      en.push(fill(T.FILLERS[i]![1], slots));
    }
    const unc: [string[], string[]] = [[T.UNCERTAINTY_BASE[0]], [T.UNCERTAINTY_BASE[1]]];
    if (chance(0.6)) {
      const [uEs, uEn] = pick(T.UNCERTAINTY_EXTRA);
      unc[0].push(uEs);
      unc[1].push(uEn);
    }

    const date = formatDay(start);
    const id = `${date}-${slug(`${category} ${town || regionName}`, 40)}-${index.toString(36)}`;

    const sources: Source[] = [];
    const nSources = pickSourceCount(rand) + 1;
    for (let k = 0; k < nSources; k++) {
      const pub = T.PUBLISHERS[pickPublisher(rand)]!;
      const day = formatDay(start + (chance(0.7) ? 0 : 1));
      const title = title_es + pick(T.SOURCE_TITLE_SUFFIXES);
      sources.push({
        publisher: pub.name,
        title,
        date: chance(0.05) ? day.slice(0, 7) : day,
        url: `https://www.${pub.domain}/${day.replaceAll('-', '/')}/${slug(title, 70)}-${(index * 7 + k).toString(36)}`,
        type: pub.type,
      });
    }

    const actorSet = new Set<Actor>();
    const nActors = pickActorCount(rand) + 1;
    for (let tries = 0; actorSet.size < nActors && tries < 30; tries++)
      actorSet.add(ACTORS[actorPickers[category](rand)]!);

    const sameDay = lastIdOfDay.get(start);
    const distinct_from = sameDay && chance(0.08) ? [sameDay] : [];
    lastIdOfDay.set(start, id);

    const properties: EventProperties = {
      id,
      date,
      end_date: end > start ? formatDay(end) : null,
      date_precision: chance(profile.approximateDates) ? 'approximate' : 'day',
      category,
      scope,
      place,
      region,
      regions,
      location_precision: precision,
      deaths,
      deaths_civilians: civilians,
      deaths_security_forces: security,
      deaths_blockade_related: blockade,
      injured,
      detained,
      verification: VERIFICATIONS[pickVerification(rand)]!,
      actors: [...actorSet],
      title_es,
      title_en,
      description_es: es.join(' '),
      description_en: en.join(' '),
      uncertainty_es: unc[0].join(' '),
      uncertainty_en: unc[1].join(' '),
      victims,
      distinct_from,
      sources,
    };
    features.push({ type: 'Feature', geometry, properties, id: index });
  });

  return {
    type: 'FeatureCollection',
    metadata: {
      title: 'SYNTHETIC benchmark dataset: not real events (Peru Protest Atlas bench)',
      version: `synthetic-${size}-seed${seed}`,
      license: 'CC0 (synthetic data made by scripts/synth-data.ts)',
      url: 'https://github.com/peru-protest-atlas/peru-protest-atlas',
      citation: `Synthetic dataset of ${size} events (seed ${seed}) for performance tests. Not real events; do not cite.`,
      generated: profile.period.to,
      period: profile.period,
    },
    features,
  };
}

// ---------------------------------------------------------------------------------------------- CLI

function readGazetteer(): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  for (const file of ['data/places.csv', 'data/towns.csv']) {
    const table = parseCsv(readFileSync(join(root, file), 'utf8'));
    const col = (name: string) => table.header.indexOf(name);
    for (const r of table.records) {
      const lat = Number(r.cells[col('lat')]);
      const lon = Number(r.cells[col('lon')]);
      if (Number.isFinite(lat) && Number.isFinite(lon))
        rows.push({ name: r.cells[col('name')]!.trim(), region: r.cells[col('region')]!.trim(), lat, lon });
    }
  }
  return rows;
}

/** Writes the synthetic dataset of `size` events to `out` (compact JSON, like the compiled file). */
export function writeSynthetic(size: number, out: string, seed = DEFAULT_SEED): void {
  const fc = synthesize({ size, seed, profile: loadProfile() });
  mkdirSync(dirname(out), { recursive: true });
  // One feature per chunk: a 100,000-event file is ~230 MB, close to V8's string limit if stringified at once.
  const parts: string[] = [`{"type":"FeatureCollection","metadata":${JSON.stringify(fc.metadata)},"features":[`];
  fc.features.forEach((f, i) => parts.push((i ? ',' : '') + JSON.stringify(f)));
  parts.push(']}\n');
  writeFileSync(out, parts.join(''));
}

async function main(argv: string[]): Promise<number> {
  const arg = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--write-profile')) {
    const { buildDataset } = await import('./build-data');
    const { collection, errors } = buildDataset(join(root, 'data'));
    if (!collection) {
      console.error(errors.join('\n'));
      return 1;
    }
    writeFileSync(PROFILE_PATH, JSON.stringify(deriveProfile(collection, readGazetteer()), null, 1) + '\n');
    console.log(`${relative(root, PROFILE_PATH)} written from ${collection.features.length} events`);
    return 0;
  }
  const size = Number(arg('--size'));
  if (!Number.isInteger(size) || size <= 0) {
    console.error('usage: tsx scripts/synth-data.ts --size N [--seed S] [--out FILE] | --write-profile');
    return 2;
  }
  const seed = Number(arg('--seed') ?? DEFAULT_SEED);
  const out = arg('--out') ?? join(root, `bench/data/${size}/events.geojson`);
  writeSynthetic(size, out, seed);
  console.log(`${relative(root, out)}: ${size} synthetic events (seed ${seed})`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2)).then((code) => process.exit(code));
