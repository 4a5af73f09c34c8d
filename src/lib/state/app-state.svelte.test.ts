import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppState, DEFAULT_PLAY_WINDOW, PLAY_INTERVAL_MS } from './app-state.svelte';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import { CATEGORIES } from '../data/schema';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const fixture = fixtureJson as unknown as EventCollection;
const data = () => inMemoryDataset(fixture);

const d = (s: string) => parseDay(s)!;

function loaded(url = '') {
  const app = new AppState();
  if (url) app.applyUrl({ ...(url.includes('event') ? { event: url.split('=')[1] } : {}) });
  app.setData(data());
  return app;
}

describe('AppState', () => {
  it('derives visible events, counts and deaths from range and categories', () => {
    const app = loaded();
    expect(app.totals.events).toBe(fixture.features.length);
    const deaths = fixture.features.reduce((s, f) => s + (f.properties.deaths ?? 0), 0);
    expect(app.totals.deaths).toBe(deaths);

    app.setRange({ from: d('2023-01-15'), to: d('2023-01-22') });
    expect(app.visible.map((i) => app.table!.ids[i]).sort()).toEqual([
      '2023-01-19-cajamarca-rondas-march',
      '2023-01-19-toma-de-lima-march',
    ]);
    expect(app.countsByCategory.march).toBe(2);

    app.toggleCategory('march');
    expect(app.totals.events).toBe(0);
    expect(app.countsByCategory.march).toBe(2); // the toggle keeps showing what it would add
  });

  it('selecting an event outside the range brings it into view and switches its category on', () => {
    const app = loaded();
    app.setRange({ from: d('2023-01-15'), to: d('2023-01-21') });
    app.toggleCategory('repression');
    app.select('2022-12-15-ayacucho-airport-shootings');
    expect(app.selected?.id).toBe('2022-12-15-ayacucho-airport-shootings');
    expect(app.visible.some((i) => app.table!.ids[i] === '2022-12-15-ayacucho-airport-shootings')).toBe(true);
    expect(app.range.to - app.range.from + 1).toBe(7);
    expect(app.categories).toContain('repression');
  });

  it('a deep-linked event outside the range or filtered out is brought into view; an unknown id is ignored', () => {
    const id = '2022-12-15-ayacucho-airport-shootings';
    const app = new AppState();
    app.applyUrl({ from: d('2023-01-15'), to: d('2023-01-22'), cat: ['march'], event: id });
    app.setData(data());
    expect(app.selectedId).toBe(id);
    // Same as choosing it from a list: the 8-day window moves to include it, its category is switched on.
    expect(app.range.to - app.range.from + 1).toBe(8);
    expect(app.visible.some((i) => app.table!.ids[i] === id)).toBe(true);
    expect(app.categories).toEqual(['march', 'repression']);

    const inside = new AppState();
    inside.applyUrl({ from: d('2022-12-10'), to: d('2022-12-20'), event: id });
    inside.setData(data());
    expect(inside.range).toEqual({ from: d('2022-12-10'), to: d('2022-12-20') });

    const other = new AppState();
    other.applyUrl({ event: 'no-such-event' });
    other.setData(data());
    expect(other.selectedId).toBeNull();
  });

  it('urlState leaves defaults out and carries everything else', () => {
    const app = loaded();
    expect(app.urlState).toEqual({ lang: 'es', v: fixture.metadata.version });
    app.setRange({ from: d('2023-01-15'), to: PERIOD_END });
    app.setCategories(['march']);
    app.select('2023-01-19-toma-de-lima-march');
    app.setView({ zoom: 6, lat: -12, lng: -77 });
    expect(app.urlState).toEqual({
      lang: 'es',
      from: d('2023-01-15'),
      cat: ['march'],
      event: '2023-01-19-toma-de-lima-march',
      map: { zoom: 6, lat: -12, lng: -77 },
      v: fixture.metadata.version,
    });
  });

  it('ignores out-of-bounds ranges by clamping', () => {
    const app = loaded();
    app.setRange({ from: d('2023-05-01'), to: d('2022-01-01') });
    expect(app.range).toEqual({ from: PERIOD_START, to: PERIOD_END });
  });

  describe('playback', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('starts a one-week window at the beginning and moves it a day per tick, stopping at the end', () => {
      const app = loaded();
      app.play();
      expect(app.playing).toBe(true);
      expect(app.range).toEqual({ from: PERIOD_START, to: PERIOD_START + DEFAULT_PLAY_WINDOW - 1 });
      vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
      expect(app.range.from).toBe(PERIOD_START + 3);
      vi.advanceTimersByTime(PLAY_INTERVAL_MS * 200);
      expect(app.playing).toBe(false);
      expect(app.range.to).toBe(PERIOD_END);
    });

    it('keeps a custom window and pauses when the reader selects an event', () => {
      const app = loaded();
      app.setRange({ from: d('2023-01-01'), to: d('2023-01-03') });
      app.togglePlay();
      vi.advanceTimersByTime(PLAY_INTERVAL_MS);
      expect(app.range).toEqual({ from: d('2023-01-02'), to: d('2023-01-04') });
      app.select('2023-01-19-toma-de-lima-march');
      expect(app.playing).toBe(false);
    });
  });

  it('categories always keep canonical order', () => {
    const app = loaded();
    app.setCategories(['other', 'blockade']);
    expect(app.categories).toEqual(['blockade', 'other']);
    app.setCategories(CATEGORIES);
    flushSync();
    expect(app.urlState.cat).toBeUndefined();
  });

  it('focuses a region: counts, list and URL cover it, national measures are apart; null goes back', () => {
    const app = loaded();
    const t = app.table!;
    app.setRegion('PE-PUN');
    const r = t.regionCodes.indexOf('PE-PUN');
    const inPuno = t.ids.filter((_, i) => t.inRegion(i, r)).length;
    expect(app.totals.events).toBe(inPuno);
    expect(app.visible.length).toBe(inPuno);
    expect(app.visible.every((i) => t.inRegion(i, r))).toBe(true);
    expect(app.selectionTotals!.events).toBe(inPuno);
    // National measures: states of emergency and curfews naming no region (they apply in Puno too). Other
    // events naming no region (a vote in Congress) are national news, not shown with the region.
    const noRegion = t.ids.map((_, i) => i).filter((i) => t.regionStart[i + 1] === t.regionStart[i]);
    const national = noRegion.filter((i) => t.categoryOf(i) === 'emergency');
    expect(national.length).toBeGreaterThan(0);
    expect(noRegion.length).toBeGreaterThan(national.length);
    expect(app.nationalInView).toEqual(national);
    expect(app.selectionTotals!.national).toBe(national.length);
    expect(app.urlState.region).toBe('PE-PUN');
    expect(app.regionName).toBe('Puno');
    app.setRegion('PE-XXX'); // unknown: ignored
    expect(app.region).toBe('PE-PUN');
    app.setRegion(null);
    expect(app.totals.events).toBe(t.count);
    expect(app.nationalInView).toEqual([]);
    expect(app.urlState.region).toBeUndefined();
  });

  it('focusing a region closes an open event from elsewhere; shading goes into the URL', () => {
    const app = loaded();
    app.select('2023-01-19-toma-de-lima-march');
    app.setRegion('PE-PUN');
    expect(app.selectedId).toBeNull();
    app.setShade('deaths-per-100k');
    expect(app.urlState.shade).toBe('deaths-per-100k');
    app.setShade('off');
    expect(app.urlState.shade).toBeUndefined();
    const fromUrl = new AppState();
    fromUrl.applyUrl({ region: 'PE-CUS', shade: 'events' });
    expect([fromUrl.region, fromUrl.shade]).toEqual(['PE-CUS', 'events']);
  });
});

describe('AppState: the side panel follows a scrub step one frame later (issue 10)', () => {
  it('panel figures use panelRange while it lags; the header totals never lag; null follows the range', () => {
    const app = loaded();
    const week = { from: d('2023-01-15'), to: d('2023-01-22') };
    app.panelRange = { ...app.range }; // what App holds between a range change and the next frame
    app.setRange(week);
    expect(app.totals.events).toBe(2); // the header's count and the map: at once
    expect(app.countsByCategory.march).toBe(fixture.features.filter((f) => f.properties.category === 'march').length); // the panel: still the whole period
    expect(app.selectionTotals!.events).toBe(fixture.features.length);
    app.panelRange = week; // App, after the frame
    expect(app.countsByCategory.march).toBe(2);
    expect(app.selectionTotals!.events).toBe(2);
    app.panelRange = null;
    app.setRange({ from: d('2022-12-07'), to: d('2022-12-07') });
    expect(app.shownRange).toEqual(app.range);
  });
});
