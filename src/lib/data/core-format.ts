/**
 * The lean data format the app loads first (docs/design.md, "Data format"): one columnar JSON file,
 * `core.json`, holding only what the map, timeline, counts and filters need, plus detail chunks
 * (`details/<k>.json`, the full properties of events k·chunkSize … (k+1)·chunkSize−1) fetched on demand.
 * `events.geojson` stays the documented public download; this format is internal to the app and versioned by
 * `formatVersion`.
 *
 * Columnar JSON, not binary: with coordinates as integers (1e-4°, about 11 m) it gzips smaller than a binary
 * layout (426 KB against 503 KB at 100,000 events) and parses in ~15 ms; see the design note.
 *
 * encodeCore runs in the build (and the synthetic generator); decodeCore runs in the browser and validates every
 * value with the same valibot schemas the build checks against (a column at a time), rejecting bad rows by id and
 * field and keeping the rest.
 */
import * as v from 'valibot';
import {
  CATEGORIES,
  DEATH_KINDS,
  DEFENSORIA_COUNTS,
  REGIONS,
  VERIFICATIONS,
  type DatasetMeta,
  type EventCollection,
  type EventFeature,
} from './schema';
import { toRejection, type Rejection } from './details-schema';
import { EventTable, NONE } from './table';
import { parseDay } from '../time/days';

export const CORE_FORMAT = 'peru-protest-atlas/core';
export const CORE_FORMAT_VERSION = 1;
/** Coordinates are stored as integers of 1e-4 degree. */
export const COORD_SCALE = 10_000;
/** Events per detail chunk: the real dataset fits in two, 100,000 events make 391 of ~30 KB gzip each. */
export const DEFAULT_CHUNK_SIZE = 256;

type Nullable = number | null;

export interface CoreColumns {
  id: string[];
  /** Days since `origin`. */
  start: number[];
  end: number[];
  category: number[];
  lng: Nullable[];
  lat: Nullable[];
  /** Indices into `regions`; the first is the event's region. */
  regions: number[][];
  civilians: Nullable[];
  security: Nullable[];
  blockade: Nullable[];
  injured: Nullable[];
  detained: Nullable[];
  verification: number[];
}

export interface CoreVictims {
  event: number[];
  day: Nullable[];
  kind: number[];
  counted: number[];
}

export interface CoreFile {
  format: typeof CORE_FORMAT;
  formatVersion: typeof CORE_FORMAT_VERSION;
  meta: DatasetMeta;
  /** Day 0 of the day columns, YYYY-MM-DD. */
  origin: string;
  regions: string[];
  chunkSize: number;
  count: number;
  columns: CoreColumns;
  victims: CoreVictims;
}

export interface DetailChunk {
  format: 'peru-protest-atlas/details';
  version: string;
  /** Position of the first event of this chunk. */
  first: number;
  events: EventFeature['properties'][];
}

const REGION_CODES = Object.keys(REGIONS);

/** Order the build gives events: first day, then id. Table indices follow it. */
export function sortFeatures(features: readonly EventFeature[]): EventFeature[] {
  return [...features].sort(
    (a, b) =>
      a.properties.date.localeCompare(b.properties.date) ||
      (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0),
  );
}

/**
 * Compile a FeatureCollection (already sorted with sortFeatures) into the core file and its detail chunks.
 * Throws if an event is outside what the format can hold (an unknown region code): the build validated it first.
 */
export function encodeCore(
  collection: EventCollection,
  chunkSize = DEFAULT_CHUNK_SIZE,
): { core: CoreFile; chunks: DetailChunk[] } {
  const origin = parseDay(collection.metadata.period.from);
  if (origin === null) throw new Error(`metadata.period.from "${collection.metadata.period.from}" is not a day`);
  const F = collection.features;
  const day = (s: string) => parseDay(s)! - origin;
  const q = (n: number) => Math.round(n * COORD_SCALE);
  const region = (code: string) => {
    const r = REGION_CODES.indexOf(code);
    if (r < 0) throw new Error(`unknown region code ${code}`);
    return r;
  };
  const columns: CoreColumns = {
    id: F.map((f) => f.properties.id),
    start: F.map((f) => day(f.properties.date)),
    end: F.map((f) => day(f.properties.end_date ?? f.properties.date)),
    category: F.map((f) => CATEGORIES.indexOf(f.properties.category)),
    lng: F.map((f) => (f.geometry ? q(f.geometry.coordinates[0]) : null)),
    lat: F.map((f) => (f.geometry ? q(f.geometry.coordinates[1]) : null)),
    regions: F.map((f) => {
      const codes = f.properties.regions.length
        ? f.properties.regions
        : f.properties.region
          ? [f.properties.region]
          : [];
      const first = f.properties.region;
      const ordered = first ? [first, ...codes.filter((c) => c !== first)] : codes;
      return ordered.map(region);
    }),
    civilians: F.map((f) => f.properties.deaths_civilians),
    security: F.map((f) => f.properties.deaths_security_forces),
    blockade: F.map((f) => f.properties.deaths_blockade_related),
    injured: F.map((f) => f.properties.injured),
    detained: F.map((f) => f.properties.detained),
    verification: F.map((f) => VERIFICATIONS.indexOf(f.properties.verification)),
  };
  const victims: CoreVictims = { event: [], day: [], kind: [], counted: [] };
  F.forEach((f, i) =>
    f.properties.victims.forEach((vi) => {
      victims.event.push(i);
      const d = parseDay(vi.date_of_death);
      victims.day.push(d === null ? null : d - origin);
      victims.kind.push(DEATH_KINDS.indexOf(vi.kind));
      victims.counted.push(DEFENSORIA_COUNTS.indexOf(vi.counted_by_defensoria));
    }),
  );
  const core: CoreFile = {
    format: CORE_FORMAT,
    formatVersion: CORE_FORMAT_VERSION,
    meta: collection.metadata,
    origin: collection.metadata.period.from,
    regions: REGION_CODES,
    chunkSize,
    count: F.length,
    columns,
    victims,
  };
  const chunks: DetailChunk[] = [];
  for (let first = 0; first < F.length; first += chunkSize) {
    chunks.push({
      format: 'peru-protest-atlas/details',
      version: collection.metadata.version,
      first,
      events: F.slice(first, first + chunkSize).map((f) => f.properties),
    });
  }
  return { core, chunks };
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding and validation (browser)

/** Generous bounds: events may end after the period (a state of emergency running into April). */
const MAX_DAY = 800;
const int = v.pipe(v.number(), v.integer());
const nullableCount = v.nullable(v.pipe(int, v.minValue(0), v.maxValue(1_000_000)));
/** Peru and its surroundings, in stored units (1e-4°). */
const lngQ = v.pipe(int, v.minValue(-90 * COORD_SCALE), v.maxValue(-60 * COORD_SCALE));
const latQ = v.pipe(int, v.minValue(-25 * COORD_SCALE), v.maxValue(5 * COORD_SCALE));

/** A column: its values are checked one column at a time afterwards (`columnProblems`); not copied here. */
const column = v.custom<unknown[]>((x) => Array.isArray(x), 'must be a list of values');

const CoreShapeSchema = v.object({
  format: v.literal(CORE_FORMAT),
  formatVersion: v.literal(CORE_FORMAT_VERSION),
  meta: v.looseObject({
    title: v.string(),
    version: v.string(),
    license: v.string(),
    citation: v.string(),
    url: v.string(),
    generated: v.string(),
    period: v.object({ from: v.string(), to: v.string() }),
  }),
  origin: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  regions: v.array(v.string()),
  chunkSize: v.pipe(int, v.minValue(1)),
  count: v.pipe(int, v.minValue(0)),
  columns: v.object({
    id: column,
    start: column,
    end: column,
    category: column,
    lng: column,
    lat: column,
    regions: column,
    civilians: column,
    security: column,
    blockade: column,
    injured: column,
    detained: column,
    verification: column,
  }),
  victims: v.object({
    event: column,
    day: column,
    kind: column,
    counted: column,
  }),
});

/**
 * What each value of each column may be, in the order a row's first problem is reported. Validated a column at a
 * time (issue 10: one object per row cost ~0.35 s of the first load at 100,000 events; a column is one valibot
 * array); `rowProblem` adds the checks that need two columns.
 */
function columnSchemas(regionCount: number) {
  return {
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(160)),
    start: v.pipe(int, v.minValue(0), v.maxValue(MAX_DAY)),
    end: v.pipe(int, v.minValue(0), v.maxValue(MAX_DAY)),
    category: v.pipe(int, v.minValue(0), v.maxValue(CATEGORIES.length - 1)),
    lng: v.nullable(lngQ),
    lat: v.nullable(latQ),
    regions: v.pipe(v.array(v.pipe(int, v.minValue(0), v.maxValue(regionCount - 1))), v.maxLength(regionCount)),
    civilians: nullableCount,
    security: nullableCount,
    blockade: nullableCount,
    injured: nullableCount,
    detained: nullableCount,
    verification: v.pipe(int, v.minValue(0), v.maxValue(VERIFICATIONS.length - 1)),
  } satisfies Record<keyof CoreColumns, v.GenericSchema>;
}

const VICTIM_COLUMNS = {
  event: v.pipe(int, v.minValue(0)),
  day: v.nullable(v.pipe(int, v.minValue(0), v.maxValue(MAX_DAY))),
  kind: v.pipe(int, v.minValue(0), v.maxValue(DEATH_KINDS.length - 1)),
  counted: v.pipe(int, v.minValue(0), v.maxValue(DEFENSORIA_COUNTS.length - 1)),
} satisfies Record<keyof CoreVictims, v.GenericSchema>;

/**
 * Validates `columns` (each an array of `length` values) a column at a time and returns, per row index, the first
 * problem found (its field, as `column` or `column.k` inside a list, and message), in the schemas' column order.
 */
function columnProblems(
  schemas: Record<string, v.GenericSchema>,
  columns: Record<string, unknown[]>,
  length: number,
): Map<number, { field: string; message: string }> {
  const problems = new Map<number, { field: string; message: string }>();
  for (const [name, schema] of Object.entries(schemas)) {
    const col = columns[name]!;
    const res = v.safeParse(v.array(schema), col.length === length ? col : col.slice(0, length));
    if (res.success) continue;
    for (const issue of res.issues) {
      const [row, ...inner] = issue.path ?? [];
      if (typeof row?.key !== 'number' || problems.has(row.key)) continue;
      problems.set(row.key, { field: [name, ...inner.map((p) => String(p.key))].join('.'), message: issue.message });
    }
  }
  return problems;
}

/** The checks that need two columns of a row whose values are each valid. */
function rowProblem(c: CoreColumns, i: number): { field: string; message: string } | null {
  if (c.end[i]! < c.start[i]!) return { field: 'end', message: 'the last day is before the first' };
  if ((c.lng[i] === null) !== (c.lat[i] === null))
    return { field: 'lat', message: 'a position needs both lng and lat' };
  return null;
}

/** The core file could not be used at all (wrong format, columns missing or of different lengths). */
export class CoreFormatError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

export interface DecodedCore {
  meta: DatasetMeta;
  chunkSize: number;
  table: EventTable;
  /** Rows that failed validation: left out of the table, reported to the reader. */
  rejected: Rejection[];
}

/**
 * Validate and decode a downloaded core file. Structural problems throw CoreFormatError (nothing can be shown);
 * a bad value in one row rejects that row only, and a duplicate id rejects the later row.
 */
export function decodeCore(json: unknown): DecodedCore {
  const shape = v.safeParse(CoreShapeSchema, json);
  if (!shape.success) {
    const r = toRejection('(file)', shape.issues);
    throw new CoreFormatError(`${r.field}: ${r.message}`, r.field);
  }
  const file = shape.output;
  const cols = file.columns as unknown as Record<string, unknown[]>;
  for (const [name, col] of Object.entries(cols)) {
    if (col.length !== file.count)
      throw new CoreFormatError(`column "${name}" has ${col.length} values for ${file.count} events`, name);
  }
  const origin = parseDay(file.origin)!;
  const regionIndex = file.regions.map((code) => REGION_CODES.indexOf(code));
  if (regionIndex.some((r) => r < 0)) throw new CoreFormatError('unknown region code in "regions"', 'regions');

  const c = file.columns as unknown as CoreColumns;
  const problems = columnProblems(columnSchemas(file.regions.length), cols, file.count);
  const rejected: Rejection[] = [];
  const keep: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < file.count; i++) {
    const id = c.id[i];
    const label = typeof id === 'string' && id ? id : `#${i}`;
    const problem = problems.get(i) ?? rowProblem(c, i);
    if (problem) {
      rejected.push({ event: label, ...problem });
      continue;
    }
    if (seen.has(id!)) {
      rejected.push({ event: label, field: 'id', message: 'the same id appears twice; the later event was left out' });
      continue;
    }
    seen.add(id!);
    keep.push(i);
  }

  const n = keep.length;
  const intCol = (col: Nullable[]) => Int32Array.from(keep, (i) => col[i] ?? NONE);
  const regionStart = new Int32Array(n + 1);
  const regionList: number[] = [];
  keep.forEach((i, k) => {
    regionStart[k] = regionList.length;
    for (const r of c.regions[i]!) regionList.push(regionIndex[r]!);
  });
  regionStart[n] = regionList.length;
  const newIndex = new Int32Array(file.count).fill(-1);
  keep.forEach((i, k) => (newIndex[i] = k));

  // Victims of rejected events go with them; a malformed victim row is reported and skipped.
  const vk: number[] = [];
  const vc = file.victims as unknown as Record<string, unknown[]>;
  const V = file.victims as unknown as CoreVictims;
  const vLen = Math.min(...Object.values(vc).map((a) => a.length));
  const victimProblems = columnProblems(VICTIM_COLUMNS, vc, vLen);
  for (let j = 0; j < vLen; j++) {
    const problem = victimProblems.get(j);
    if (problem) {
      rejected.push({ event: `victim #${j}`, ...problem });
      continue;
    }
    if (V.event[j]! < file.count && newIndex[V.event[j]!]! >= 0) vk.push(j);
  }

  const table = new EventTable({
    ids: keep.map((i) => c.id[i]!),
    pos: Int32Array.from(keep),
    start: Int32Array.from(keep, (i) => c.start[i]! + origin),
    end: Int32Array.from(keep, (i) => c.end[i]! + origin),
    category: Uint8Array.from(keep, (i) => c.category[i]!),
    lng: Float64Array.from(keep, (i) => (c.lng[i] === null ? Number.NaN : c.lng[i]! / COORD_SCALE)),
    lat: Float64Array.from(keep, (i) => (c.lat[i] === null ? Number.NaN : c.lat[i]! / COORD_SCALE)),
    regionCodes: REGION_CODES,
    regionStart,
    regionList: Uint8Array.from(regionList),
    civilians: intCol(c.civilians),
    security: intCol(c.security),
    blockade: intCol(c.blockade),
    injured: intCol(c.injured),
    detained: intCol(c.detained),
    verification: Uint8Array.from(keep, (i) => c.verification[i]!),
    victims: {
      event: Int32Array.from(vk, (j) => newIndex[V.event[j]!]!),
      day: Int32Array.from(vk, (j) => (V.day[j] === null ? NONE : V.day[j]! + origin)),
      kind: Uint8Array.from(vk, (j) => V.kind[j]!),
      counted: Uint8Array.from(vk, (j) => V.counted[j]!),
    },
  });
  return { meta: file.meta as DatasetMeta, chunkSize: file.chunkSize, table, rejected };
}

/** The day column value for a date, relative to a core file's origin (tests and the synthetic generator). */
export function dayOffset(origin: string, date: string): number {
  return parseDay(date)! - parseDay(origin)!;
}
