import { describe, expect, it } from 'vitest';
import { categoryMask, cumulativeDeaths, DayPrefix } from './aggregate';
import { inMemoryDataset } from './in-memory';
import { passes } from './table';
import { CATEGORIES, type EventCollection, type EventFeature } from './schema';
import { testCollection, testEvent } from './test-events';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';

const d = (s: string) => parseDay(s)!;
const bounds = { from: PERIOD_START, to: PERIOD_END };

const event = (
  id: string,
  date: string,
  end: string | null,
  over: Partial<EventFeature['properties']> = {},
  point = true,
): EventFeature =>
  testEvent(id, date, { end_date: end, location_precision: 'town', ...over }, point ? [-70.1, -15.5] : null);

const collection: EventCollection = testCollection([
  event('a-one-day', '2023-01-09', null, {
    category: 'repression',
    deaths: 2,
    deaths_civilians: 2,
    injured: 10,
    victims: [
      {
        kind: 'civilian',
        name: null,
        age: null,
        date_of_death: '2023-01-09',
        cause: 'gunshot',
        counted_by_defensoria: 'yes',
      },
      {
        kind: 'civilian',
        name: null,
        age: null,
        date_of_death: '2023-01-12',
        cause: 'gunshot',
        counted_by_defensoria: 'yes',
      },
    ],
  }),
  event('b-spanning', '2023-01-05', '2023-01-20', { category: 'blockade' }),
  event('c-national', '2022-12-14', '2023-04-20', { category: 'emergency' }, false),
  event(
    'd-regional',
    '2023-01-14',
    '2023-02-12',
    { category: 'emergency', region: 'PE-PUN', regions: ['PE-PUN', 'PE-CUS'], scope: 'regional' },
    false,
  ),
  event('e-lima', '2023-01-19', null, { region: 'PE-LMA', regions: ['PE-LMA'] }),
]);
collection.features[4]!.geometry = { type: 'Point', coordinates: [-77.03, -12.05] };

describe('DayPrefix', () => {
  const { table } = inMemoryDataset(collection);
  const prefix = new DayPrefix(table, bounds);
  const brute = (range: { from: number; to: number }, mask: number, region = -1) => {
    let n = 0;
    for (let i = 0; i < table.count; i++) if (passes(table, i, range, mask, region)) n++;
    return n;
  };

  it.each([
    ['the whole period', '2022-12-07', '2023-03-31'],
    ['a range cutting a multi-day event at its end', '2023-01-20', '2023-01-25'],
    ['a range inside a multi-day event', '2023-01-10', '2023-01-11'],
    ['one day', '2023-01-09', '2023-01-09'],
    ['the last day (a measure running past the period counts)', '2023-03-31', '2023-03-31'],
    ['before anything starts', '2022-12-07', '2022-12-13'],
  ])('counts events overlapping %s exactly as a scan would', (_l, from, to) => {
    const range = { from: d(from), to: d(to) };
    for (const cats of [CATEGORIES, ['march'], ['emergency', 'blockade']] as const) {
      const mask = categoryMask(cats);
      expect(prefix.sum('events', range, mask)).toBe(brute(range, mask));
      for (let r = 0; r < table.regionCodes.length; r++)
        expect(prefix.sum('events', range, mask, 1 + r)).toBe(brute(range, mask, r));
    }
  });

  it('sums figures of the events shown, and national measures count in the country but in no region', () => {
    const all = { from: d('2023-01-01'), to: d('2023-01-31') };
    expect(prefix.sum('deaths', all)).toBe(2);
    expect(prefix.sum('injured', all)).toBe(10);
    expect(prefix.sum('civilian_yes', all)).toBe(2);
    const byRegion = prefix.byRegion('events', all);
    const at = (code: string) => byRegion[table.regionCodes.indexOf(code)];
    expect(at('PE-PUN')).toBe(3); // a-one-day, b-spanning, d-regional
    expect(at('PE-CUS')).toBe(1); // the regional measure names Cusco too
    expect(at('PE-LMA')).toBe(1);
    expect(prefix.sum('events', all)).toBe(5);
    expect(prefix.byCategory('events', all).emergency).toBe(2);
  });
});

describe('cumulativeDeaths', () => {
  it('runs by date of death from the ledger, not by the event date', () => {
    const { table } = inMemoryDataset(collection);
    const { cumulative, undated } = cumulativeDeaths(table, bounds);
    expect(undated).toBe(0);
    expect(cumulative[d('2023-01-08') - bounds.from]).toBe(0);
    expect(cumulative[d('2023-01-09') - bounds.from]).toBe(1);
    expect(cumulative[d('2023-01-12') - bounds.from]).toBe(2);
    expect(cumulative[cumulative.length - 1]).toBe(2);
  });
});
