import { describe, expect, it } from 'vitest';
import { tollGap, tollGapHint } from './toll-gap';
import { inMemoryDataset } from '../data/in-memory';
import { cumulativeDeaths } from '../data/aggregate';
import type { EventCollection, EventFeature } from '../data/schema';
import { testCollection, testEvent } from '../data/test-events';
import { parseDay, PERIOD_END, PERIOD_START } from './days';
import { tollAt } from './toll';

const d = (s: string) => parseDay(s)!;
const bounds = { from: PERIOD_START, to: PERIOD_END };

const victim = (date: string | null) => ({
  kind: 'civilian' as const,
  name: null,
  age: null,
  date_of_death: date,
  cause: 'gunshot',
  counted_by_defensoria: 'yes' as const,
});

const event = (id: string, date: string, deaths: (string | null)[]): EventFeature =>
  testEvent(id, date, {
    category: 'repression',
    deaths: deaths.length,
    deaths_civilians: deaths.length,
    // A null date (a death whose day is unknown) is outside the published type: the cast says so.
    victims: deaths.map(victim) as unknown as EventFeature['properties']['victims'],
  });

const collection: EventCollection = testCollection([
  event('dec', '2022-12-20', ['2022-12-20']),
  // Two killed on the day, one who died of the wounds three days later.
  event('jan', '2023-01-09', ['2023-01-09', '2023-01-09', '2023-01-12']),
  event('undated', '2023-01-30', [null]),
]);

describe('tollGap', () => {
  const { table } = inMemoryDataset(collection);
  const all = () => true;
  const header = (r: { from: number; to: number }) => {
    let n = 0;
    for (let i = 0; i < table.count; i++)
      if (table.start[i]! <= r.to && table.end[i]! >= r.from) n += table.deathsOf(i);
    return n;
  };
  const line = (r: { from: number; to: number }) =>
    tollAt(cumulativeDeaths(table, bounds, all).cumulative, bounds, r.to);

  it('counts the deaths of the range that die after it and those before it that the line still adds', () => {
    const r = { from: d('2023-01-05'), to: d('2023-01-10') };
    expect(tollGap(table, r, all)).toEqual({ outside: 1, earlier: 1 });
    // header − outside + earlier is the line's figure.
    expect(header(r)).toBe(3);
    expect(line(r)).toBe(3);
  });

  it('counts a death with no known date as outside: the line never reaches it', () => {
    const r = { from: d('2023-01-05'), to: d('2023-01-31') };
    const g = tollGap(table, r, all);
    expect(g).toEqual({ outside: 1, earlier: 1 });
    expect(header(r) - g.outside + g.earlier).toBe(line(r));
  });

  it('is nothing for the whole period but the undated death; events outside the view are left out', () => {
    expect(tollGap(table, bounds, all)).toEqual({ outside: 1, earlier: 0 });
    expect(tollGap(table, bounds, (i) => table.ids[i] !== 'undated')).toEqual({ outside: 0, earlier: 0 });
  });
});

describe('tollGapHint', () => {
  it('says nothing when the figures agree', () => {
    expect(tollGapHint(36, 36, { outside: 0, earlier: 0 }, 'es')).toBeNull();
  });
  it('explains the difference in both languages, with plural forms', () => {
    expect(tollGapHint(30, 27, { outside: 3, earlier: 0 }, 'es')).toBe(
      'La línea cuenta por fecha de muerte: 3 de 30 quedan fuera del periodo',
    );
    expect(tollGapHint(30, 27, { outside: 3, earlier: 0 }, 'en')).toBe(
      'The line counts by date of death: 3 of the 30 fall outside the range',
    );
    expect(tollGapHint(30, 29, { outside: 1, earlier: 0 }, 'en')).toBe(
      'The line counts by date of death: 1 of the 30 falls outside the range',
    );
    expect(tollGapHint(30, 57, { outside: 1, earlier: 28 }, 'es')).toBe(
      'La línea cuenta por fecha de muerte: 1 de 30 queda fuera del periodo; 28 muertes anteriores al periodo incluidas',
    );
  });
});
