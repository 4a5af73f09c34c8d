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
import { changesInView, redirectId, resolveVersion, type Change, type VersionManifest } from '../data/versions';
import { showsStep, stepView } from '../stories/step';
import type { Story } from '../stories/schema';
// Issue 8: region shading, focus and totals.
import { REGIONS } from '../data/schema';
import { classify, isRate, regionValues, shadeWeight, type ShadeClasses, type ShadeMode } from '../geo/choropleth';
import { populationsFor } from '../geo/population';
import { REGION_POPULATIONS } from '../geo/region-populations';
import { nationalMeasures, selectionTotals } from '../data/totals';

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
  /** Rows of the core file the loader rejected (bad values, duplicate ids). */
  coreRejected = $state.raw<Rejection[]>([]);

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
   * Why the map cannot run, if it cannot: no WebGL2 in this browser, or it failed to start (its worker or style
   * did not load). A code, not a sentence, so the message follows a language switch. Everything else keeps working.
   */
  mapError = $state<'no-webgl' | 'start' | null>(null);

  // Issue 7 (accessibility): the main view, and how much of the window's bottom the phone's sheet covers (px).
  pane = $state<Pane>('map');
  sheetInset = $state(0);

  // --- Issue 6: links that stay true, history entries, guided stories ---------------------------------------------
  /** data/versions.json, or null (not loaded yet, absent on an older deployment, or damaged). */
  manifest = $state.raw<VersionManifest | null>(null);
  /** The dataset version the URL asks for (`v=`); null: the current one. */
  requestedVersion = $state<string | null>(null);
  /** A version the link named that this deployment does not keep (the current data is shown instead). */
  missingVersion = $state<string | null>(null);
  /** Bumped by each discrete step (opening an event, a story step, switching data): App adds a history entry. */
  historyStep = $state(0);
  /** The open story's id (its file may still be on its way), its step counted from 0, and the story once loaded. */
  storyId = $state<string | null>(null);
  storyStep = $state(0);
  story = $state.raw<Story | null>(null);
  /** View keys a story link carried besides its step (a reader who had left the step to explore). */
  #storyOverlay: UrlState | null = null;
  /** Region shading (choropleth) measure, or 'off'. */
  shade = $state<ShadeMode>('off');
  /** Heading of the place list when it is not "events at this place" (a figure of the totals panel). */
  placeListTitle = $state<string | null>(null);

  #timer: ReturnType<typeof setInterval> | null = null;
  /** An event id from the URL, applied once the data has arrived. */
  #pendingEvent: string | null = null;

  /** Everything the loader rejected, core rows and detail records, shown to the reader by id and field. */
  readonly rejected = $derived.by((): Rejection[] => {
    void this.detailsVersion;
    return [...this.coreRejected, ...(this.details?.rejected ?? [])];
  });

  readonly mask = $derived(categoryMask(this.categories));
  readonly regionIndex = $derived(this.region && this.table ? this.table.regionCodes.indexOf(this.region) : -1);
  readonly prefix = $derived(this.table ? new DayPrefix(this.table, this.bounds) : null);
  readonly #group = $derived(this.regionIndex >= 0 ? 1 + this.regionIndex : NATIONAL);

  // --- Issue 10: the side panel's figures follow a scrub step one frame later -------------------------------------
  /**
   * The range the side panel's figures (counts by category, the totals panel, counts by region) are computed for,
   * when it lags behind `range`: App sets it after the frame that draws each new range, so that a scrub step's
   * frame carries the map and the timeline only, and the panel's DOM is updated in the task after it. null (the
   * default, and in tests without App): the panel follows `range` at once. The header's count never lags.
   */
  panelRange = $state.raw<DayRange | null>(null);
  /** The range the side panel shows (see panelRange). */
  readonly shownRange = $derived(this.panelRange ?? this.range);

  /** Events per category in the panel's range and region, whatever the category toggles say. */
  readonly countsByCategory = $derived(
    this.prefix ? this.prefix.byCategory('events', this.shownRange, this.#group) : ZERO_COUNTS,
  );
  readonly totals = $derived({
    events: this.prefix?.sum('events', this.range, this.mask, this.#group) ?? 0,
    deaths: this.prefix?.sum('deaths', this.range, this.mask, this.#group) ?? 0,
  });

  /**
   * Totals of the current selection (in the panel's range) for the totals panel: events by category, deaths by kind × counted by the
   * Defensoría, injured, detained, and (with a region) the national measures shown with it, counted apart.
   */
  readonly selectionTotals = $derived(
    this.prefix ? selectionTotals(this.prefix, this.shownRange, this.mask, this.#group, NATIONAL) : null,
  );

  /**
   * Region shading for the range and categories (issue 8): `values[r]` for `table.regionCodes[r]` (events, deaths, or
   * either per 100,000 inhabitants; null where a rate has no population) and their classes; null when the shading
   * is off or nothing has loaded. One figure for the map's fill, its legend and the printed legend.
   */
  readonly shading = $derived.by((): { values: (number | null)[]; classes: ShadeClasses } | null => {
    const weight = shadeWeight(this.shade);
    if (!weight || !this.prefix || !this.table) return null;
    const populations = populationsFor(REGION_POPULATIONS, this.table.regionCodes);
    const values = regionValues(this.shade, this.prefix.byRegion(weight, this.range, this.mask), populations);
    return { values, classes: classify(values, !isRate(this.shade)) };
  });

  /** The focused region's name, or null for the whole country. */
  readonly regionName = $derived(this.region ? (REGIONS[this.region] ?? this.region) : null);

  /**
   * National measures (no region) in the range and categories, shown with a focused region (a national state of
   * emergency applies to every region) but not counted in it; empty for the whole country, where they are in
   * `visible`. Computed only when read.
   */
  readonly nationalInView = $derived.by((): number[] => {
    const t = this.table;
    if (!t || this.regionIndex < 0) return [];
    const all: number[] = [];
    for (let i = 0; i < t.count; i++) if (passes(t, i, this.range, this.mask, -1)) all.push(i);
    return nationalMeasures(t, all);
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

  /** Whether the data shown is the current version (true until the manifest says otherwise). */
  readonly isCurrentData = $derived(!this.manifest || !this.meta || this.meta.version === this.manifest.current);
  /** What the current version changed, since the version shown, among the events of this view. */
  readonly changedInView = $derived.by((): Change[] => {
    const m = this.manifest;
    if (!m || !this.meta || this.isCurrentData) return [];
    const view = { range: this.range, categories: this.categories, region: this.region };
    return changesInView(m.changes[this.meta.version] ?? [], view);
  });
  /** The view of the open story's step (null while no story is open or its file is on its way). */
  readonly currentStepView = $derived.by(() => {
    const step = this.story && this.story.id === this.storyId ? this.story.steps[this.storyStep] : undefined;
    return step ? stepView(step) : null;
  });
  /** The atlas shows exactly the step's view: the reader is reading the story, not exploring on their own. */
  readonly storyReading = $derived(
    this.currentStepView !== null &&
      showsStep(
        { range: this.range, categories: this.categories, region: this.region, view: this.view },
        this.currentStepView,
      ),
  );
  /** Table indices of the events the open step is about (highlighted on the map). */
  readonly storyHighlights = $derived.by((): number[] => {
    const step = this.story && this.story.id === this.storyId ? this.story.steps[this.storyStep] : undefined;
    if (!step || !this.table) return [];
    return step.events.map((id) => this.table!.indexOf(this.resolveId(id) ?? id)).filter((i) => i !== undefined);
  });

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
    if (this.storyId) {
      s.story = this.storyId;
      s.step = this.storyStep + 1;
      // While a reader reads a step, the step says the view: the link stays short and follows story edits.
      if (this.storyReading) for (const k of ['from', 'to', 'cat', 'region', 'map'] as const) delete s[k];
      // Exploring: the range is always written, even the whole period (the default), or the link would reopen
      // the step's own range instead of the reader's.
      else Object.assign(s, { from: this.range.from, to: this.range.to });
    }
    if (this.shade !== 'off') s.shade = this.shade;
    return s;
  });

  /**
   * Apply a decoded URL: at start-up (the event id waits for the data), and with `full` on Back/Forward, where
   * every key the URL leaves out goes back to its default.
   */
  applyUrl(u: UrlState, full = false) {
    if (full) {
      this.pause();
      this.categories = CATEGORIES;
      this.region = null;
      this.view = null;
      this.selectedId = null;
      this.placeList = null;
    }
    this.range = clampRange({ from: u.from ?? this.bounds.from, to: u.to ?? this.bounds.to }, this.bounds);
    if (u.cat) this.categories = u.cat;
    if (u.lang) this.lang = u.lang;
    if (u.map) this.view = u.map;
    if (u.region) this.region = u.region;
    if (u.shade) this.shade = u.shade;
    this.#pendingEvent = u.event ?? null;
    // Issue 6: the data version, the story step, and (Back/Forward) the event now if this data stays.
    this.requestedVersion = u.v ?? null;
    if (full && this.table && this.manifest && this.meta) {
      if (resolveVersion(this.manifest, u.v).entry.version === this.meta.version) {
        this.selectedId = this.#pendingEvent === null ? null : this.resolveId(this.#pendingEvent);
        this.#pendingEvent = null;
      }
    }
    this.storyId = u.story ?? null;
    this.storyStep = u.story ? (u.step ?? 1) - 1 : 0;
    this.#storyOverlay = u;
    if (this.story && this.story.id !== this.storyId) this.story = null;
    if (this.story) this.#showStep(u);
  }

  /** An id as this data knows it: itself, the event it was merged into (redirects), or null. */
  resolveId(id: string): string | null {
    const t = this.table;
    if (!t) return null;
    if (t.indexOf(id) !== undefined) return id;
    const redirects =
      this.manifest?.redirects ?? (this.meta as { redirects?: Record<string, string> } | null)?.redirects;
    const to = redirectId(redirects ?? {}, id);
    return t.indexOf(to) !== undefined ? to : null;
  }

  /** "Use the current data": the link's version is replaced by the current one (a new history entry). */
  useCurrentData() {
    if (!this.manifest) return;
    this.requestedVersion = this.manifest.current;
    this.historyStep += 1;
  }

  /** Open a story at its first step (its file is fetched by the story reader, which then calls setStory). */
  openStory(id: string) {
    this.storyId = id;
    this.storyStep = 0;
    this.#storyOverlay = null;
    if (this.story?.id !== id) this.story = null;
    else this.#showStep(null);
    this.historyStep += 1;
  }

  /** A story file has arrived: show the step the URL or the menu asked for. */
  setStory(story: Story) {
    if (story.id !== this.storyId) return;
    this.story = story;
    this.storyStep = Math.min(Math.max(0, this.storyStep), story.steps.length - 1);
    this.#showStep(this.#storyOverlay);
    this.#storyOverlay = null;
  }

  /** Go to step n (from 0) of the open story, or back to the current step's view after exploring. */
  goToStep(n: number) {
    const s = this.story;
    if (!s) return;
    const next = Math.min(Math.max(0, n), s.steps.length - 1);
    if (next === this.storyStep && this.storyReading) return;
    this.storyStep = next;
    this.#showStep(null);
    this.historyStep += 1;
  }

  /** A linked story that does not exist is dropped, like an unknown event id (no history entry: a correction). */
  forgetStory(id: string) {
    if (this.storyId !== id) return;
    this.storyId = null;
    this.story = null;
  }

  closeStory() {
    if (this.storyId === null) return;
    this.storyId = null;
    this.story = null;
    this.historyStep += 1;
  }

  /** Put the atlas in the step's view; `overlay` (a link's own view keys, when it had left the step) wins. */
  #showStep(overlay: UrlState | null) {
    const v = this.currentStepView;
    if (!v) return;
    this.pause();
    this.range = v.range;
    this.categories = v.categories;
    this.region = v.region;
    this.view = v.view;
    if (!overlay) {
      this.selectedId = null;
      this.placeList = null;
      return;
    }
    if (overlay.from !== undefined || overlay.to !== undefined)
      this.range = clampRange({ from: overlay.from ?? v.range.from, to: overlay.to ?? v.range.to }, this.bounds);
    if (overlay.cat) this.categories = overlay.cat;
    if (overlay.region) this.region = overlay.region;
    if (overlay.map) this.view = overlay.map;
    // A linked event wins over the step (README, URL parameters): it is never left open outside the view.
    const i = this.selectedIndex;
    if (i !== null) this.#bringIntoView(i);
  }

  setData({ meta, table, details, rejected = [] }: LoadedData) {
    this.meta = meta;
    this.table = table;
    this.details = details;
    this.coreRejected = rejected;
    this.status = 'ready';
    this.loadError = null;
    // A linked event is always shown: brought into view like any other choice of an event (range, category,
    // region), so a link never opens a panel for an event the map and timeline hide (README, URL parameters). An
    // unknown id is ignored; an id merged into another event opens that one. A new version of the data keeps the
    // open event (or its successor) without moving the view.
    if (this.#pendingEvent !== null) {
      const id = this.resolveId(this.#pendingEvent);
      const i = id === null ? undefined : table.indexOf(id);
      if (i !== undefined) this.#bringIntoView(i);
      this.selectedId = i === undefined ? null : id;
    } else if (this.selectedId !== null) this.selectedId = this.resolveId(this.selectedId);
    this.#pendingEvent = null;
  }

  setLoadError(error: LoadError) {
    this.status = 'error';
    this.loadError = error;
  }

  /** Called by the detail store when a chunk arrives or fails. */
  detailsChanged() {
    this.detailsVersion += 1;
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

  /**
   * Focus a region (an ISO 3166-2:PE code) or the whole country (null); an unknown code is ignored. An open event
   * or list from elsewhere is closed, since it is no longer on the map.
   */
  setRegion(code: string | null) {
    if (code !== null && !Object.prototype.hasOwnProperty.call(REGIONS, code)) return;
    if (code === this.region) return;
    this.region = code;
    const t = this.table;
    const r = code && t ? t.regionCodes.indexOf(code) : -1;
    const i = this.selectedIndex;
    if (t && i !== null && r >= 0 && !t.inRegion(i, r) && t.regionStart[i + 1] !== t.regionStart[i]) this.select(null);
    this.placeList = null;
  }

  setShade(mode: ShadeMode) {
    this.shade = mode;
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
    this.#bringIntoView(i);
    this.placeList = null;
    if (this.selectedId !== id) this.historyStep += 1; // issue 6: Back closes it again
    this.selectedId = id;
  }

  /** The range moves to include event i, its category is switched on, a region focus excluding it is lifted. */
  #bringIntoView(i: number) {
    const t = this.table!;
    this.setRange(rangeToInclude(this.range, t.start[i]!, t.end[i]!, this.bounds));
    const cat = t.categoryOf(i);
    if (!this.categories.includes(cat)) this.setCategories([...this.categories, cat]);
    if (this.regionIndex >= 0 && !t.inRegion(i, this.regionIndex)) this.region = null;
  }

  selectIndex(i: number) {
    const id = this.table?.ids[i];
    if (id !== undefined) this.select(id);
  }

  /** Show a list of events in the panel; `title` names it when it is not the events of one place. */
  showPlaceList(indices: number[], title: string | null = null) {
    this.placeList = indices.length ? indices : null;
    this.placeListTitle = indices.length ? title : null;
    if (indices.length) this.selectedId = null;
  }

  hover(index: number | null) {
    if (this.hovered !== index) this.hovered = index;
  }

  /** The map's view; null fits the whole country (a host's `set` message, issue 6). */
  setView(v: MapView | null) {
    const cur = this.view;
    if (!v) this.view = null;
    else if (!cur || cur.zoom !== v.zoom || cur.lat !== v.lat || cur.lng !== v.lng) this.view = v;
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
