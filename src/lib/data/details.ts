/**
 * Texts, sources and victims of events, fetched in chunks when a reader needs them (an open event, a tooltip,
 * the list, a download) or, for a small dataset, all of them right after the first frame. Every chunk is
 * validated with the published schema (details-schema.ts): an event whose details are malformed is reported by
 * id and field and shows as "details unavailable", while its dot, counts and every other event keep working.
 */
import * as v from 'valibot';
import { EventPropertiesSchema, toRejection, type Rejection } from './details-schema';
import type { AtlasEvent, DatasetMeta, EventProperties } from './schema';
import type { EventTable } from './table';

/** A dataset ready for the app: its metadata, the core table, the detail store and what the loader rejected. */
export interface LoadedData {
  meta: DatasetMeta;
  table: EventTable;
  details: DetailStore;
  rejected?: Rejection[];
}

export class DetailLoadError extends Error {
  constructor(
    message: string,
    readonly chunk: number,
  ) {
    super(message);
  }
}

/** Parse one downloaded chunk: properties by table index, and what was rejected. */
export function decodeDetailChunk(
  json: unknown,
  table: EventTable,
  chunkSize: number,
  chunk: number,
): { events: Map<number, EventProperties>; rejected: Rejection[] } {
  const events = new Map<number, EventProperties>();
  const rejected: Rejection[] = [];
  const file = json as { first?: unknown; events?: unknown } | null;
  if (!file || typeof file !== 'object' || !Array.isArray(file.events) || file.first !== chunk * chunkSize) {
    throw new DetailLoadError(`detail chunk ${chunk} is not a chunk of this dataset`, chunk);
  }
  const byPos = positionIndex(table);
  file.events.forEach((raw: unknown, j: number) => {
    const pos = chunk * chunkSize + j;
    const index = byPos.get(pos);
    if (index === undefined) return; // its core row was rejected: already reported
    const id = table.ids[index]!;
    const res = v.safeParse(EventPropertiesSchema, raw);
    if (!res.success) {
      rejected.push(toRejection(id, res.issues));
      return;
    }
    if (res.output.id !== id) {
      rejected.push({ event: id, field: 'id', message: `details are for "${res.output.id}"` });
      return;
    }
    events.set(index, res.output);
  });
  return { events, rejected };
}

const positionCache = new WeakMap<EventTable, Map<number, number>>();
function positionIndex(table: EventTable): Map<number, number> {
  let m = positionCache.get(table);
  if (!m) {
    m = new Map(Array.from(table.pos, (p, i) => [p, i]));
    positionCache.set(table, m);
  }
  return m;
}

/** The chunk that holds table index i. */
export function chunkOf(table: EventTable, chunkSize: number, i: number): number {
  return Math.floor(table.pos[i]! / chunkSize);
}

/** An event with its details, in the shape the panels and exports use. */
export function toAtlasEvent(table: EventTable, index: number, p: EventProperties): AtlasEvent {
  return { ...p, index, start: table.start[index]!, end: table.end[index]!, lngLat: table.lngLat(index) };
}

/**
 * Fetches and caches chunks. `onChange` runs after each chunk arrives (the state bumps a version so that the
 * panels re-read). Failed chunks are remembered and can be retried.
 */
export class DetailStore {
  readonly #details = new Map<number, EventProperties>();
  readonly #pending = new Map<number, Promise<void>>();
  readonly #failed = new Map<number, string>();
  readonly #loaded = new Set<number>();
  readonly rejected: Rejection[] = [];

  constructor(
    readonly table: EventTable,
    readonly chunkSize: number,
    readonly chunkUrl: (chunk: number) => string,
    readonly onChange: () => void,
    readonly fetchImpl: typeof fetch = (...a) => fetch(...a),
  ) {}

  get chunkCount(): number {
    let max = -1;
    for (const p of this.table.pos) max = Math.max(max, p);
    return Math.floor(max / this.chunkSize) + 1;
  }

  get(index: number): EventProperties | undefined {
    return this.#details.get(index);
  }

  has(index: number): boolean {
    return this.#details.has(index);
  }

  /** Why the chunk of index i could not be loaded, if it failed. */
  failure(index: number): string | undefined {
    return this.#failed.get(chunkOf(this.table, this.chunkSize, index));
  }

  /** Whether index i was downloaded but its details were rejected. */
  isRejected(index: number): boolean {
    const chunk = chunkOf(this.table, this.chunkSize, index);
    return this.#loaded.has(chunk) && !this.#details.has(index);
  }
  /** Put already-downloaded chunks in the cache (an in-memory dataset, tests). */
  seed(chunks: readonly unknown[]) {
    chunks.forEach((json, k) => {
      const { events, rejected } = decodeDetailChunk(json, this.table, this.chunkSize, k);
      for (const [i, p] of events) this.#details.set(i, p);
      this.rejected.push(...rejected);
      this.#loaded.add(k);
    });
  }

  /** Make sure the details of these indices are (being) loaded. */
  request(indices: Iterable<number>): Promise<void> {
    const chunks = new Set<number>();
    for (const i of indices) if (!this.#details.has(i)) chunks.add(chunkOf(this.table, this.chunkSize, i));
    return Promise.all([...chunks].map((c) => this.#load(c))).then(() => undefined);
  }

  /** Load everything (small datasets, downloads of the whole view). */
  requestAll(): Promise<void> {
    return Promise.all(Array.from({ length: this.chunkCount }, (_, c) => this.#load(c))).then(() => undefined);
  }

  retry(): Promise<void> {
    const failed = [...this.#failed.keys()];
    this.#failed.clear();
    this.onChange();
    return Promise.all(failed.map((c) => this.#load(c))).then(() => undefined);
  }

  #load(chunk: number): Promise<void> {
    if (this.#loaded.has(chunk) || this.#failed.has(chunk)) return Promise.resolve();
    let p = this.#pending.get(chunk);
    if (p) return p;
    p = (async () => {
      try {
        const res = await this.fetchImpl(this.chunkUrl(chunk));
        if (!res.ok) throw new DetailLoadError(`HTTP ${res.status}`, chunk);
        const json: unknown = await res.json();
        const { events, rejected } = decodeDetailChunk(json, this.table, this.chunkSize, chunk);
        for (const [i, p] of events) this.#details.set(i, p);
        this.rejected.push(...rejected);
        this.#loaded.add(chunk);
      } catch (e) {
        this.#failed.set(chunk, e instanceof Error ? e.message : String(e));
      } finally {
        this.#pending.delete(chunk);
        this.onChange();
      }
    })();
    this.#pending.set(chunk, p);
    return p;
  }
}
