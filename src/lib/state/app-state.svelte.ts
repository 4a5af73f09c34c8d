/**
 * The one state of the app, shared by context: map, timeline and panels never talk to each other, they read and
 * write this. Only sources of truth are $state (dataset, range, categories, region, selection, hover, language,
 * map view, playback); everything else is $derived from pure functions in src/lib. Effects live at the boundaries
 * (MapView for MapLibre, Timeline for d3-brush, App for history and detail requests), not here.
 *
 * The dataset is an EventTable (typed arrays: docs/design.md); counts and totals come from its per-day prefix
 * sums, so a scrub step costs O(categories) here whatever the dataset size. Texts and sources come from the
 * DetailStore; reading them through eventAt() re-runs a view when a chunk arrives.
 */
import { CATEGORIES, type AtlasEvent, type Category, type DatasetMeta } from '../data/schema';
import type { LoadError } from '../data/load';
import { passes, type EventTable } from '../data/table';
import type { Rejection } from '../data/details-schema';
import { toAtlasEvent, type DetailStore, type LoadedData } from '../data/details';
import { categoryMask, DayPrefix, NATIONAL } from '../data/aggregate';
import { PERIOD_END, PERIOD_START } from '../time/days';
import { clampRange, rangeToInclude, sameRange, shiftRange, type DayRange } from '../time/range';
import type { Lang, MapView, UrlState } from '../url/url-state';
import type { UiKey } from '../i18n/strings';

export const PLAY_INTERVAL_MS = 700;
/** Window used when play starts from the whole period: one week, like the unit of most reporting. */
export const DEFAULT_PLAY_WINDOW = 7;

export type Status = 'loading' | 'ready' | 'error';
/** The main view (issue 7): the map, the timeline (a view of its own on phones only) or the list of events. */
export type Pane = 'map' | 'timeline' | 'list';

const ZERO_COUNTS = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

export class AppState {
  readonly bounds: DayRange = { from: PERIOD_START, to: PERIOD_END };

  status = $state<Status>('loading');
  loadError = $state.raw<LoadError | null>(null);
  meta = $state.raw<DatasetMeta | null>(null);
  table = $state.raw<EventTable | null>(null);
  details = $state.raw<DetailStore | null>(null);
  /** Bumped when a detail chunk arrives or fails; reading it makes a view follow the details. */
  detailsVersion = $state(0);
  /** Events (or fields) the loader rejected, shown to the reader. */
  rejected = $state.raw<Rejection[]>([]);

  range = $state.raw<DayRange>({ from: PERIOD_START, to: PERIOD_END });
  categories = $state.raw<readonly Category[]>(CATEGORIES);
  /** Region focus (ISO 3166-2:PE code) or null for the whole country. */
  region = $state<string | null>(null);
  selectedId = $state<string | null>(null);
  /** Table index of the event under the pointer (map, timeline, list) or keyboard focus. */
  hovered = $state<number | null>(null);
  /** Events sharing one place or group, listed in the panel after a click on a group. */
  placeList = $state.raw<number[] | null>(null);
  lang = $state<Lang>('es');
  view = $state.raw<MapView | null>(null);
  playing = $state(false);
  /**
   * Set when the map cannot run (no WebGL2, a failed style file); everything else keeps working. A catalogue key,
   * not a text, so that the message follows a language switch.
   */
  mapError = $state<UiKey | null>(null);

  // Issue 7 (accessibility): the main view, and how much of the window's bottom the phone's sheet covers (px).
  pane = $state<Pane>('map');
  sheetInset = $state(0);

  #timer: ReturnType<typeof setInterval> | null = null;
  /** An event id from the URL, applied once the data has arrived. */
  #pendingEvent: string | null = null;

  readonly mask = $derived(categoryMask(this.categories));
  readonly regionIndex = $derived(this.region && this.table ? this.table.regionCodes.indexOf(this.region) : -1);
  readonly prefix = $derived(this.table ? new DayPrefix(this.table, this.bounds) : null);
  readonly #group = $derived(this.regionIndex >= 0 ? 1 + this.regionIndex : NATIONAL);

  /** Events per category in the current range and region, whatever the category toggles say. */
  readonly countsByCategory = $derived(
    this.prefix ? this.prefix.byCategory('events', this.range, this.#group) : ZERO_COUNTS,
  );
  readonly totals = $derived({
    events: this.prefix?.sum('events', this.range, this.mask, this.#group) ?? 0,
    deaths: this.prefix?.sum('deaths', this.range, this.mask, this.#group) ?? 0,
  });

  /**
   * Table indices of the events shown (range, categories, region), in table order (by date). Computed only
   * when something reads it (list, downloads), never on the scrub path of the map or the timeline.
   */
  readonly visible = $derived.by((): number[] => {
    const t = this.table;
    if (!t) return [];
    const out: number[] = [];
    for (let i = 0; i < t.count; i++) if (passes(t, i, this.range, this.mask, this.regionIndex)) out.push(i);
    return out;
  });

  readonly selectedIndex = $derived(
    this.selectedId !== null && this.table ? (this.table.indexOf(this.selectedId) ?? null) : null,
  );
  readonly selected = $derived(this.selectedIndex === null ? null : (this.eventAt(this.selectedIndex) ?? null));
  readonly hoveredEvent = $derived(this.hovered === null ? null : (this.eventAt(this.hovered) ?? null));
  readonly isWholePeriod = $derived(sameRange(this.range, this.bounds));

  /** What the URL should say now. Defaults are left out so that short links stay short. */
  readonly urlState = $derived.by((): UrlState => {
    const s: UrlState = { lang: this.lang };
    if (this.range.from !== this.bounds.from) s.from = this.range.from;
    if (this.range.to !== this.bounds.to) s.to = this.range.to;
    if (this.categories.length !== CATEGORIES.length) s.cat = [...this.categories];
    if (this.region) s.region = this.region;
    if (this.selectedId) s.event = this.selectedId;
    if (this.view) s.map = this.view;
    if (this.meta) s.v = this.meta.version;
    return s;
  });

  /** Apply a decoded URL once, at start-up. The event id waits for the data. */
  applyUrl(u: UrlState) {
    this.range = clampRange({ from: u.from ?? this.bounds.from, to: u.to ?? this.bounds.to }, this.bounds);
    if (u.cat) this.categories = u.cat;
    if (u.lang) this.lang = u.lang;
    if (u.map) this.view = u.map;
    if (u.region) this.region = u.region;
    this.#pendingEvent = u.event ?? null;
  }

  setData({ meta, table, details, rejected = [] }: LoadedData) {
    this.meta = meta;
    this.table = table;
    this.details = details;
    this.rejected = rejected;
    this.status = 'ready';
    this.loadError = null;
    // A deep link restores the exact view it names, so the range is left alone; an unknown id is ignored.
    if (this.#pendingEvent !== null && table.indexOf(this.#pendingEvent) !== undefined)
      this.selectedId = this.#pendingEvent;
    this.#pendingEvent = null;
  }

  setLoadError(error: LoadError) {
    this.status = 'error';
    this.loadError = error;
  }

  /** Called by the detail store when a chunk arrives or fails. */
  detailsChanged() {
    this.detailsVersion += 1;
    if (this.details && this.details.rejected.length !== this.rejected.length) {
      this.rejected = [...this.details.rejected];
    }
  }

  /** An event with its texts and sources, or undefined while its chunk is loading (or if it failed). */
  eventAt(index: number): AtlasEvent | undefined {
    void this.detailsVersion;
    const t = this.table;
    const p = this.details?.get(index);
    return t && p ? toAtlasEvent(t, index, p) : undefined;
  }

  /** Where the details of event i stand: there, on their way, failed (retry), or rejected as malformed. */
  detailState(index: number): 'ready' | 'loading' | 'failed' | 'rejected' {
    void this.detailsVersion;
    const d = this.details;
    if (!d) return 'loading';
    if (d.has(index)) return 'ready';
    if (d.failure(index) !== undefined) return 'failed';
    return d.isRejected(index) ? 'rejected' : 'loading';
  }

  setRange(r: DayRange) {
    const next = clampRange(r, this.bounds);
    if (!sameRange(next, this.range)) this.range = next;
  }

  resetRange() {
    this.pause();
    this.setRange(this.bounds);
  }

  setCategories(cats: readonly Category[]) {
    this.categories = CATEGORIES.filter((c) => cats.includes(c));
  }

  toggleCategory(c: Category) {
    this.setCategories(this.categories.includes(c) ? this.categories.filter((x) => x !== c) : [...this.categories, c]);
  }

  setRegion(code: string | null) {
    this.region = code;
  }

  /**
   * Select an event (or clear with null). An event outside the range or filtered out is brought into view:
   * the range moves to include it and its category is switched on; a region focus that excludes it is lifted.
   */
  select(id: string | null) {
    if (id === null) {
      this.selectedId = null;
      return;
    }
    const t = this.table;
    const i = t?.indexOf(id);
    if (!t || i === undefined) return;
    this.pause();
    this.setRange(rangeToInclude(this.range, t.start[i]!, t.end[i]!, this.bounds));
    const cat = t.categoryOf(i);
    if (!this.categories.includes(cat)) this.setCategories([...this.categories, cat]);
    if (this.regionIndex >= 0 && !t.inRegion(i, this.regionIndex)) this.region = null;
    this.placeList = null;
    this.selectedId = id;
  }

  selectIndex(i: number) {
    const id = this.table?.ids[i];
    if (id !== undefined) this.select(id);
  }

  showPlaceList(indices: number[]) {
    this.placeList = indices.length ? indices : null;
    if (indices.length) this.selectedId = null;
  }

  hover(index: number | null) {
    if (this.hovered !== index) this.hovered = index;
  }

  setView(v: MapView) {
    const cur = this.view;
    if (!cur || cur.zoom !== v.zoom || cur.lat !== v.lat || cur.lng !== v.lng) this.view = v;
  }

  setLang(lang: Lang) {
    this.lang = lang;
  }

  setPane(pane: Pane) {
    this.pane = pane;
  }

  /** Advance the window one day; stops at the end of the period. */
  step(): boolean {
    const next = shiftRange(this.range, 1, this.bounds);
    if (!next) {
      this.pause();
      return false;
    }
    this.range = next;
    return true;
  }

  play() {
    if (this.playing) return;
    if (this.isWholePeriod) this.range = { from: this.bounds.from, to: this.bounds.from + DEFAULT_PLAY_WINDOW - 1 };
    else if (this.range.to >= this.bounds.to) {
      const len = this.range.to - this.range.from;
      this.range = { from: this.bounds.from, to: this.bounds.from + len };
    }
    this.playing = true;
    this.#timer = setInterval(() => this.step(), PLAY_INTERVAL_MS);
  }

  pause() {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    if (this.playing) this.playing = false;
  }

  togglePlay() {
    if (this.playing) this.pause();
    else this.play();
  }
}
