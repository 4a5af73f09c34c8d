/**
 * The one state of the app, shared by context: map, timeline and panels never talk to each other, they read and
 * write this. Only sources of truth are $state (dataset, range, categories, selection, hover, language, map
 * view, playback); everything else is $derived from pure functions in src/lib. Effects live at the boundaries
 * (MapView for MapLibre, Timeline for d3-brush, App for history), not here.
 */
import { CATEGORIES, type AtlasEvent, type Category, type DatasetMeta } from '../data/schema';
import type { Dataset, LoadError } from '../data/load';
import { PERIOD_END, PERIOD_START } from '../time/days';
import { clampRange, overlaps, rangeToInclude, sameRange, shiftRange, type DayRange } from '../time/range';
import type { Lang, MapView, UrlState } from '../url/url-state';

export const PLAY_INTERVAL_MS = 700;
/** Window used when play starts from the whole period: one week, like the unit of most reporting. */
export const DEFAULT_PLAY_WINDOW = 7;

export type Status = 'loading' | 'ready' | 'error';

export class AppState {
  readonly bounds: DayRange = { from: PERIOD_START, to: PERIOD_END };

  status = $state<Status>('loading');
  loadError = $state.raw<LoadError | null>(null);
  meta = $state.raw<DatasetMeta | null>(null);
  events = $state.raw<AtlasEvent[]>([]);

  range = $state.raw<DayRange>({ from: PERIOD_START, to: PERIOD_END });
  categories = $state.raw<readonly Category[]>(CATEGORIES);
  selectedId = $state<string | null>(null);
  /** Index of the event under the pointer, on the map or the timeline. */
  hovered = $state<number | null>(null);
  /** Events sharing one place, listed in the panel after a click on a cluster that cannot expand further. */
  placeList = $state.raw<number[] | null>(null);
  lang = $state<Lang>('es');
  view = $state.raw<MapView | null>(null);
  playing = $state(false);
  /** Set when the map cannot run (no WebGL2); everything else keeps working. */
  mapError = $state<string | null>(null);

  #timer: ReturnType<typeof setInterval> | null = null;
  /** An event id from the URL, applied once the data has arrived. */
  #pendingEvent: string | null = null;

  // Derived values are rebuilt, never mutated, so plain Map/Set are right here (no SvelteMap needed).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly byId = $derived(new Map(this.events.map((e) => [e.id, e])));
  readonly inRange = $derived(this.events.filter((e) => overlaps(e.start, e.end, this.range)));
  readonly visible = $derived.by(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const cats = new Set(this.categories);
    return this.inRange.filter((e) => cats.has(e.category));
  });
  readonly visibleLocated = $derived(this.visible.filter((e) => e.lngLat !== null));
  /** Events per category in the current range, whatever the category toggles say (shown on the toggles). */
  readonly countsByCategory = $derived.by(() => {
    const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    for (const e of this.inRange) counts[e.category] += 1;
    return counts;
  });
  readonly totals = $derived({
    events: this.visible.length,
    deaths: this.visible.reduce((s, e) => s + (e.deaths ?? 0), 0),
  });
  readonly selected = $derived(this.selectedId === null ? null : (this.byId.get(this.selectedId) ?? null));
  readonly hoveredEvent = $derived(this.hovered === null ? null : (this.events[this.hovered] ?? null));
  readonly isWholePeriod = $derived(sameRange(this.range, this.bounds));

  /** What the URL should say now. Defaults are left out so that short links stay short. */
  readonly urlState = $derived.by((): UrlState => {
    const s: UrlState = { lang: this.lang };
    if (this.range.from !== this.bounds.from) s.from = this.range.from;
    if (this.range.to !== this.bounds.to) s.to = this.range.to;
    if (this.categories.length !== CATEGORIES.length) s.cat = [...this.categories];
    if (this.selectedId) s.event = this.selectedId;
    if (this.view) s.map = this.view;
    return s;
  });

  /** Apply a decoded URL once, at start-up. The event id waits for the data. */
  applyUrl(u: UrlState) {
    this.range = clampRange({ from: u.from ?? this.bounds.from, to: u.to ?? this.bounds.to }, this.bounds);
    if (u.cat) this.categories = u.cat;
    if (u.lang) this.lang = u.lang;
    if (u.map) this.view = u.map;
    this.#pendingEvent = u.event ?? null;
  }

  setData({ meta, events }: Dataset) {
    this.meta = meta;
    this.events = events;
    this.status = 'ready';
    this.loadError = null;
    // A linked event is always shown: opened like any other choice of an event (select brings it into the range
    // and its category), so a link never opens a panel for an event the map and timeline hide (README, URL
    // parameters). An unknown id is ignored.
    if (this.#pendingEvent && this.byId.has(this.#pendingEvent)) this.select(this.#pendingEvent);
    this.#pendingEvent = null;
  }

  setLoadError(error: LoadError) {
    this.status = 'error';
    this.loadError = error;
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

  /**
   * Select an event (or clear with null). An event outside the range or filtered out is brought into view:
   * the range moves to include it and its category is switched on.
   */
  select(id: string | null) {
    if (id === null) {
      this.selectedId = null;
      return;
    }
    const e = this.byId.get(id);
    if (!e) return;
    this.pause();
    this.setRange(rangeToInclude(this.range, e.start, e.end, this.bounds));
    if (!this.categories.includes(e.category)) this.setCategories([...this.categories, e.category]);
    this.placeList = null;
    this.selectedId = id;
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

  eventAt(index: number): AtlasEvent | undefined {
    return this.events[index];
  }
}
