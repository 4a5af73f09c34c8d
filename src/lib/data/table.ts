/**
 * The events in memory as columns of typed arrays: what the map, the timeline, the counts and the filters need
 * (id, days, category, position, regions, casualties), and nothing else. At 100,000 events this is a few MB that
 * can be scanned in a millisecond and uploaded to the GPU as is; texts and sources live in the detail chunks
 * (details.ts) and are fetched on demand.
 *
 * Index i is the event's position in this table (events are sorted by first day, then id, by the build) and is
 * the one handle every layer uses: map instances, timeline cells, URL ids map to it.
 */
import type { Category } from './schema';
import { CATEGORIES, DEATH_KINDS, DEFENSORIA_COUNTS, VERIFICATIONS, type Verification } from './schema';
import type { Day } from '../time/days';
import type { DayRange } from '../time/range';

/** Missing figure (the sources give none) in the integer columns. */
export const NONE = -1;

export interface VictimColumns {
  /** Table index of the event of the fatal injury. */
  event: Int32Array;
  /** Day of death (NONE when unknown). */
  day: Int32Array;
  /** Index into DEATH_KINDS. */
  kind: Uint8Array;
  /** Index into DEFENSORIA_COUNTS (yes, no, unclear). */
  counted: Uint8Array;
}

export interface EventTableInit {
  ids: string[];
  /** Position of each row in the downloaded file (detail chunks are addressed by it). */
  pos: Int32Array;
  start: Int32Array;
  end: Int32Array;
  category: Uint8Array;
  lng: Float64Array;
  lat: Float64Array;
  /** Region codes the region columns index into. */
  regionCodes: string[];
  /** CSR: the regions of event i are regionList[regionStart[i] .. regionStart[i+1]). The first is its region. */
  regionStart: Int32Array;
  regionList: Uint8Array;
  civilians: Int32Array;
  security: Int32Array;
  blockade: Int32Array;
  injured: Int32Array;
  detained: Int32Array;
  verification: Uint8Array;
  victims: VictimColumns;
}

export class EventTable implements EventTableInit {
  readonly ids!: string[];
  readonly pos!: Int32Array;
  readonly start!: Int32Array;
  readonly end!: Int32Array;
  readonly category!: Uint8Array;
  readonly lng!: Float64Array;
  readonly lat!: Float64Array;
  readonly regionCodes!: string[];
  readonly regionStart!: Int32Array;
  readonly regionList!: Uint8Array;
  readonly civilians!: Int32Array;
  readonly security!: Int32Array;
  readonly blockade!: Int32Array;
  readonly injured!: Int32Array;
  readonly detained!: Int32Array;
  readonly verification!: Uint8Array;
  readonly victims!: VictimColumns;
  /** Sum of the three death columns; NONE when no source gives any of them. */
  readonly deaths: Int32Array;
  readonly count: number;
  readonly #indexOf: Map<string, number>;

  constructor(init: EventTableInit) {
    Object.assign(this, init);
    this.count = init.ids.length;
    this.deaths = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const parts = [init.civilians[i]!, init.security[i]!, init.blockade[i]!];
      this.deaths[i] = parts.every((n) => n === NONE) ? NONE : parts.reduce((s, n) => s + Math.max(0, n), 0);
    }
    this.#indexOf = new Map(init.ids.map((id, i) => [id, i]));
  }

  indexOf(id: string): number | undefined {
    return this.#indexOf.get(id);
  }

  hasPoint(i: number): boolean {
    return !Number.isNaN(this.lng[i]!);
  }

  categoryOf(i: number): Category {
    return CATEGORIES[this.category[i]!]!;
  }

  verificationOf(i: number): Verification {
    return VERIFICATIONS[this.verification[i]!]!;
  }

  /** Region codes of event i (empty for national items). */
  regionsOf(i: number): string[] {
    const out: string[] = [];
    for (let k = this.regionStart[i]!; k < this.regionStart[i + 1]!; k++)
      out.push(this.regionCodes[this.regionList[k]!]!);
    return out;
  }

  /** Whether event i names region code index r. */
  inRegion(i: number, r: number): boolean {
    for (let k = this.regionStart[i]!; k < this.regionStart[i + 1]!; k++) if (this.regionList[k] === r) return true;
    return false;
  }

  lngLat(i: number): [number, number] | null {
    return this.hasPoint(i) ? [this.lng[i]!, this.lat[i]!] : null;
  }

  /** Deaths of event i, 0 when no figure. */
  deathsOf(i: number): number {
    return Math.max(0, this.deaths[i]!);
  }

  startOf(i: number): Day {
    return this.start[i]!;
  }
}

/**
 * Whether event i is a national measure that applies in every region (issue 8): a state of emergency or a curfew
 * (category `emergency`) that names no region — shown beside a focused region, counted apart. Other events naming
 * no region (votes in Congress, statements, the Defensoría's tolls) are national news, not measures in force there.
 */
export function isNationalMeasure(t: EventTable, i: number): boolean {
  return t.regionStart[i + 1] === t.regionStart[i] && t.categoryOf(i) === 'emergency';
}

/**
 * Whether event i is shown: its days overlap the range, its category bit is in `mask`, and it names region index
 * `region` (−1: any). The same test as the map's shader and the prefix sums.
 */
export function passes(t: EventTable, i: number, range: DayRange, mask: number, region: number): boolean {
  return (
    t.start[i]! <= range.to &&
    t.end[i]! >= range.from &&
    (mask & (1 << t.category[i]!)) !== 0 &&
    (region < 0 || t.inRegion(i, region))
  );
}

export const DEATH_KIND_INDEX = Object.fromEntries(DEATH_KINDS.map((k, i) => [k, i])) as Record<
  (typeof DEATH_KINDS)[number],
  number
>;
export const COUNTED_INDEX = Object.fromEntries(DEFENSORIA_COUNTS.map((k, i) => [k, i])) as Record<
  (typeof DEFENSORIA_COUNTS)[number],
  number
>;
