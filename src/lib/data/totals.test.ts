import { describe, expect, it } from 'vitest';
import { categoryMask, DayPrefix, NATIONAL } from './aggregate';
import { inMemoryDataset } from './in-memory';
import { passes } from './table';
import { CATEGORIES, type EventCollection, type EventFeature, type Victim } from './schema';
import { testCollection, testEvent } from './test-events';
import { eventsOfCategory, eventsWithDeaths, eventsWithFigure, nationalMeasures, selectionTotals } from './totals';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';

const d = (s: string) => parseDay(s)!;
const bounds = { from: PERIOD_START, to: PERIOD_END };

function victim(kind: Victim['kind'], counted: Victim['counted_by_defensoria'], date: string): Victim {
  return { kind, name: null, age: null, date_of_death: date, cause: 'unknown', counted_by_defensoria: counted };
}

// Points carry only the regions a test gives them.
const event = (
  id: string,
  date: string,
  end: string | null,
  over: Partial<EventFeature['properties']>,
  lngLat: [number, number] | null,
): EventFeature => testEvent(id, date, { end_date: end, place: 'x', regions: [], ...over }, lngLat);

const JULIACA: [number, number] = [-70.13, -15.48];
const LIMA: [number, number] = [-77.03, -12.05];
const collection: EventCollection = testCollection([
  // A repression event with deaths of every Defensoría status, and injured.
  event(
    'juliaca-clash',
    '2023-01-09',
    null,
    {
      category: 'repression',
      regions: ['PE-PUN'],
      deaths: 3,
      deaths_civilians: 2,
      deaths_security_forces: 1,
      injured: 40,
      detained: 3,
      victims: [
        victim('civilian', 'yes', '2023-01-09'),
        victim('civilian', 'yes', '2023-01-10'),
        victim('security', 'yes', '2023-01-10'),
      ],
    },
    JULIACA,
  ),
  // A blockade spanning ten days with blockade deaths the Defensoría does not count, and one unclear.
  event(
    'desaguadero-blockade',
    '2023-01-14',
    '2023-01-23',
    {
      category: 'blockade',
      regions: ['PE-PUN'],
      deaths: 2,
      deaths_blockade_related: 2,
      victims: [victim('blockade', 'no', '2023-01-18'), victim('blockade', 'unclear', '2023-01-20')],
    },
    [-69.04, -16.57],
  ),
  // A national state of emergency: no region, no point.
  event('national-emergency', '2022-12-14', '2023-01-13', { category: 'emergency' }, null),
  // A regional measure naming Puno and Cusco.
  event('south-emergency', '2023-01-15', '2023-02-14', { category: 'emergency', regions: ['PE-PUN', 'PE-CUS'] }, null),
  event('lima-march', '2023-01-19', null, { regions: ['PE-LMA'], detained: 10 }, LIMA),
]);

const { table } = inMemoryDataset(collection);
const prefix = new DayPrefix(table, bounds);
const group = (code: string) => 1 + table.regionCodes.indexOf(code);
const all = categoryMask(CATEGORIES);
const visible = (range: { from: number; to: number }, mask: number, region = -1) => {
  const out: number[] = [];
  for (let i = 0; i < table.count; i++) if (passes(table, i, range, mask, region)) out.push(i);
  return out;
};
const id = (i: number) => table.ids[i];

describe('selectionTotals', () => {
  it('adds events by category up to the events shown, and splits deaths by kind and by the Defensoría', () => {
    const t = selectionTotals(prefix, bounds, all, NATIONAL, NATIONAL);
    expect(t.events).toBe(5);
    expect(t.byCategory.reduce((s, c) => s + c.events, 0)).toBe(t.events);
    expect(t.deaths.civilian).toEqual({ yes: 2, no: 0, unclear: 0, total: 2 });
    expect(t.deaths.security).toEqual({ yes: 1, no: 0, unclear: 0, total: 1 });
    expect(t.deaths.blockade).toEqual({ yes: 0, no: 1, unclear: 1, total: 2 });
    expect(t.deathsTotal).toEqual({ yes: 3, no: 1, unclear: 1, total: 5 });
    expect(t.deathsTotal.total).toBe(prefix.sum('deaths', bounds));
    expect(t.injured).toBe(40);
    expect(t.detained).toBe(13);
    expect(t.national).toBe(0); // nationally, national measures are simply part of the count
  });

  it('leaves categories switched off out of the list and the sum', () => {
    const t = selectionTotals(prefix, bounds, categoryMask(['blockade', 'march']), NATIONAL, NATIONAL);
    expect(t.byCategory.map((c) => c.category)).toEqual(['blockade', 'march']);
    expect(t.events).toBe(2);
    expect(t.deathsTotal.total).toBe(2);
  });

  it('counts an event spanning several days in full in any range that cuts it', () => {
    for (const [from, to] of [
      ['2023-01-10', '2023-01-14'], // cuts its first day
      ['2023-01-23', '2023-02-01'], // cuts its last day
      ['2023-01-17', '2023-01-18'], // inside it
    ]) {
      const range = { from: d(from!), to: d(to!) };
      const t = selectionTotals(prefix, range, categoryMask(['blockade']), group('PE-PUN'), NATIONAL);
      expect(t.events).toBe(1);
      // Its figures count in full, whatever part of it the range covers (the rule of aggregate.ts).
      expect(t.deaths.blockade.total).toBe(2);
    }
    const before = selectionTotals(prefix, { from: d('2023-01-01'), to: d('2023-01-13') }, all, group('PE-PUN'), 0);
    expect(before.byCategory.find((c) => c.category === 'blockade')!.events).toBe(0);
  });

  it('with a region, counts the events naming it, regional measures included, and the national measures apart', () => {
    const jan = { from: d('2023-01-01'), to: d('2023-01-31') };
    const t = selectionTotals(prefix, jan, all, group('PE-PUN'), NATIONAL);
    expect(t.events).toBe(3); // the clash, the blockade, the regional measure (which names Puno and Cusco)
    expect(t.national).toBe(1); // the national emergency runs to 13 Jan: shown with Puno, not in its count
    expect(selectionTotals(prefix, jan, all, group('PE-CUS'), NATIONAL).events).toBe(1);
    expect(selectionTotals(prefix, jan, all, group('PE-LMA'), NATIONAL).detained).toBe(10);
    // After the national emergency ends, nothing national is shown.
    const feb = { from: d('2023-02-01'), to: d('2023-02-28') };
    expect(selectionTotals(prefix, feb, all, group('PE-PUN'), NATIONAL).national).toBe(0);
  });

  it('per-region sums add up: every event with a region counts once in each region it names', () => {
    const byRegion = prefix.byRegion('events', bounds);
    expect(byRegion.reduce((s, n) => s + n, 0)).toBe(5); // 4 events with a region, one naming two
    expect(prefix.sum('national', bounds)).toBe(1);
    expect(prefix.byRegion('deaths', bounds)[table.regionCodes.indexOf('PE-PUN')]).toBe(5);
  });
});

describe('the events behind a figure', () => {
  const shown = visible(bounds, all);
  const copy = [...shown];

  it('lists the events with deaths of a kind and Defensoría status, from the ledger', () => {
    expect(eventsWithDeaths(table, shown, 'civilian', 'yes').map(id)).toEqual(['juliaca-clash']);
    expect(eventsWithDeaths(table, shown, 'blockade', 'no').map(id)).toEqual(['desaguadero-blockade']);
    expect(eventsWithDeaths(table, shown, 'blockade', 'yes')).toEqual([]);
    expect(eventsWithDeaths(table, shown, null, null).length).toBe(2);
    expect(eventsWithDeaths(table, shown, null, ['no', 'unclear']).map(id)).toEqual(['desaguadero-blockade']);
  });

  it('lists events by category, by figure, and the national measures; the input is not modified', () => {
    expect(eventsOfCategory(table, shown, 'emergency').map(id).sort()).toEqual([
      'national-emergency',
      'south-emergency',
    ]);
    expect(eventsWithFigure(table, shown, 'detained').map(id).sort()).toEqual(['juliaca-clash', 'lima-march']);
    expect(nationalMeasures(table, shown).map(id)).toEqual(['national-emergency']);
    expect(shown).toEqual(copy);
  });
});
