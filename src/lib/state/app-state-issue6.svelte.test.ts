/**
 * AppState, issue 6: the data version of a link and the notice of what changed in the view, ids merged into
 * others, history steps, Back/Forward re-applying a URL, and the story steps.
 */
import { describe, expect, it } from 'vitest';
import { AppState } from './app-state.svelte';
import { inMemoryDataset } from '../data/in-memory';
import type { EventCollection } from '../data/schema';
import { CATEGORIES } from '../data/schema';
import type { Change, VersionManifest } from '../data/versions';
import type { Story } from '../stories/schema';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const fixture = fixtureJson as unknown as EventCollection; // metadata.version 1.0.0
const d = (s: string) => parseDay(s)!;

const change = (id: string, kind: Change['kind'], date: string, category: Change['category'], regions: string[]) => ({
  id,
  kind,
  reasons: [{ version: '1.1.0', text: `reason for ${id}` }],
  date,
  end_date: null,
  category,
  regions,
});
const manifest: VersionManifest = {
  current: '1.1.0',
  versions: [
    { version: '1.1.0', path: '', date: '2026-11-29' },
    { version: '1.0.0', path: 'v/1.0.0/', date: '2026-11-01' },
  ],
  changes: {
    '1.0.0': [
      change('2023-01-09-juliaca-airport-massacre', 'corrected', '2023-01-09', 'repression', ['PE-PUN']),
      change('2023-01-10-new-event', 'added', '2023-01-10', 'march', ['PE-PUN']),
      change('2022-12-12-old-duplicate', 'removed', '2022-12-12', 'other', ['PE-APU']),
    ],
  },
  redirects: { '2022-12-12-old-duplicate': '2022-12-12-arequipa-airport-incursion' },
};

function app(url: Parameters<AppState['applyUrl']>[0] = {}, version = '1.0.0') {
  const a = new AppState();
  a.applyUrl(url);
  a.manifest = manifest;
  const data = inMemoryDataset(fixture);
  a.setData({ ...data, meta: { ...data.meta, version } });
  return a;
}

describe('links that stay true', () => {
  it('an old version lists the changes of the current one that touch the view, following the filters', () => {
    const a = app({ v: '1.0.0' });
    expect(a.requestedVersion).toBe('1.0.0');
    expect(a.isCurrentData).toBe(false);
    expect(a.changedInView.map((c) => c.kind)).toEqual(['corrected', 'added', 'removed']);
    a.setRange({ from: d('2023-01-01'), to: d('2023-01-31') });
    expect(a.changedInView.map((c) => c.id)).toEqual(['2023-01-09-juliaca-airport-massacre', '2023-01-10-new-event']);
    a.setCategories(['march']);
    expect(a.changedInView.map((c) => c.id)).toEqual(['2023-01-10-new-event']);
    a.setRegion('PE-LMA');
    expect(a.changedInView).toEqual([]);
  });

  it('the current data shows no changes; "use the current data" asks for it in a new history entry', () => {
    expect(app({}, '1.1.0').changedInView).toEqual([]);
    const a = app({ v: '1.0.0' });
    const step = a.historyStep;
    a.useCurrentData();
    expect(a.requestedVersion).toBe('1.1.0');
    expect(a.historyStep).toBe(step + 1);
  });

  it('an id merged into another opens the event that replaced it; an unknown id opens nothing', () => {
    expect(app({ event: '2022-12-12-old-duplicate' }, '1.1.0').selectedId).toBe(
      '2022-12-12-arequipa-airport-incursion',
    );
    expect(app({ event: 'never-existed' }, '1.1.0').selectedId).toBeNull();
  });

  it('every link carries the version of the data shown', () => {
    expect(app({}, '1.0.0').urlState.v).toBe('1.0.0');
  });
});

describe('history', () => {
  it('opening an event is a step (Back undoes it); scrubbing, filters and hovering are not', () => {
    const a = app({}, '1.1.0');
    const s0 = a.historyStep;
    a.setRange({ from: d('2023-01-01'), to: d('2023-01-20') });
    a.toggleCategory('march');
    a.hover(3);
    expect(a.historyStep).toBe(s0);
    a.select('2023-01-09-juliaca-airport-massacre');
    expect(a.historyStep).toBe(s0 + 1);
    a.select('2023-01-09-juliaca-airport-massacre'); // the same event again: nothing new to undo
    expect(a.historyStep).toBe(s0 + 1);
  });

  it('Back/Forward re-applies the whole URL: what it leaves out goes back to its default', () => {
    const a = app({ from: d('2023-01-01'), to: d('2023-01-20'), cat: ['march'], region: 'PE-PUN' }, '1.1.0');
    a.select('2023-01-09-juliaca-airport-massacre');
    a.applyUrl({ from: d('2023-01-05'), to: d('2023-01-06') }, true);
    expect(a.selectedId).toBeNull();
    expect(a.range).toEqual({ from: d('2023-01-05'), to: d('2023-01-06') });
    expect(a.categories).toEqual(CATEGORIES);
    expect(a.region).toBeNull();
    a.applyUrl({ event: '2023-01-09-juliaca-airport-massacre', v: '1.1.0' }, true);
    expect(a.selectedId).toBe('2023-01-09-juliaca-airport-massacre');
    expect(a.range).toEqual({ from: PERIOD_START, to: PERIOD_END });
  });
});

const story: Story = {
  id: 'test-story',
  title: { es: 'Prueba', en: 'Test' },
  summary: { es: 'Resumen', en: 'Summary' },
  steps: [
    {
      title: { es: 'Uno', en: 'One' },
      text: { es: 'Texto', en: 'Text' },
      from: '2022-12-07',
      to: '2022-12-07',
      map: { zoom: 5, lat: -10, lng: -75 },
      events: ['2022-12-07-boluarte-sworn-in'],
      categories: ['political'],
    },
    {
      title: { es: 'Dos', en: 'Two' },
      text: { es: 'Texto', en: 'Text' },
      from: '2023-01-09',
      to: '2023-01-09',
      map: { zoom: 11, lat: -15.48, lng: -70.14 },
      events: ['2023-01-09-juliaca-airport-massacre'],
      region: 'PE-PUN',
    },
  ],
};

describe('stories', () => {
  it('opening a story shows its first step once the file arrives; the link then names only story and step', () => {
    const a = app({}, '1.1.0');
    const s0 = a.historyStep;
    a.openStory('test-story');
    expect(a.historyStep).toBe(s0 + 1);
    expect(a.storyReading).toBe(false); // the file is on its way
    a.setStory(story);
    expect(a.range).toEqual({ from: d('2022-12-07'), to: d('2022-12-07') });
    expect(a.categories).toEqual(['political']);
    expect(a.view).toEqual({ zoom: 5, lat: -10, lng: -75 });
    expect(a.storyReading).toBe(true);
    expect(a.storyHighlights.map((i) => a.table!.ids[i])).toEqual(['2022-12-07-boluarte-sworn-in']);
    expect(a.urlState).toEqual({ lang: 'es', v: '1.1.0', story: 'test-story', step: 1 });
  });

  it('each step is a history entry; leaving the view to explore keeps the step and writes the view', () => {
    const a = app({}, '1.1.0');
    a.openStory('test-story');
    a.setStory(story);
    const s = a.historyStep;
    a.goToStep(1);
    expect(a.historyStep).toBe(s + 1);
    expect(a.region).toBe('PE-PUN');
    expect(a.categories).toEqual(CATEGORIES);
    a.setView({ zoom: 10, lat: -15.5, lng: -70.1 }); // the reader pans: exploring
    expect(a.storyReading).toBe(false);
    expect(a.urlState).toMatchObject({ story: 'test-story', step: 2, map: { zoom: 10 }, region: 'PE-PUN' });
    a.goToStep(1); // "Back to step 2"
    expect(a.storyReading).toBe(true);
    expect(a.historyStep).toBe(s + 2);
  });

  it('a link to a step, with or without the view of a reader who was exploring, restores it', () => {
    const reading = app({ story: 'test-story', step: 2 }, '1.1.0');
    reading.setStory(story);
    expect(reading.storyStep).toBe(1);
    expect(reading.storyReading).toBe(true);

    const exploring = app({ story: 'test-story', step: 2, map: { zoom: 8, lat: -15, lng: -70 } }, '1.1.0');
    exploring.setStory(story);
    expect(exploring.range).toEqual({ from: d('2023-01-09'), to: d('2023-01-09') });
    expect(exploring.view).toEqual({ zoom: 8, lat: -15, lng: -70 });
    expect(exploring.storyReading).toBe(false);

    const past = app({ story: 'test-story', step: 9 }, '1.1.0');
    past.setStory(story);
    expect(past.storyStep).toBe(1); // a step past the end opens the last one
  });

  it('Back to an earlier step re-applies it; closing the story is a step and keeps the view', () => {
    const a = app({}, '1.1.0');
    a.openStory('test-story');
    a.setStory(story);
    a.goToStep(1);
    a.applyUrl({ story: 'test-story', step: 1, v: '1.1.0' }, true);
    expect(a.storyStep).toBe(0);
    expect(a.categories).toEqual(['political']);
    const s = a.historyStep;
    a.closeStory();
    expect(a.historyStep).toBe(s + 1);
    expect(a.storyId).toBeNull();
    expect(a.urlState.story).toBeUndefined();
    expect(a.categories).toEqual(['political']);
  });
});
