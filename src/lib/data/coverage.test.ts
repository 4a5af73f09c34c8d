import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import {
  countByRegion,
  countByRegionWeek,
  countByWeek,
  coverageEventsFromCsv,
  NATIONAL,
  parseSearches,
  renderCoverageTable,
  replaceBetweenMarkers,
  weekLabel,
  weekStart,
  weeksBetween,
  type CoverageEvent,
} from './coverage';
import { formatDay, parseDay } from '../time/days';

const d = (s: string) => parseDay(s)!;
// The period's weeks: Monday 5 Dec 2022 … Monday 27 Mar 2023.
const weeks = weeksBetween(d('2022-12-07'), d('2023-03-31'));
const col = (monday: string) => weeks.indexOf(d(monday));

const ev = (id: string, date: string, end_date: string | null, scope: string, regions: string[]): CoverageEvent => ({
  id,
  date,
  end_date,
  scope,
  regions,
});

describe('ISO weeks on the Peru calendar', () => {
  it('a week runs Monday to Sunday', () => {
    expect(formatDay(weekStart(d('2022-12-07')))).toBe('2022-12-05'); // Wednesday
    expect(formatDay(weekStart(d('2022-12-11')))).toBe('2022-12-05'); // Sunday
    expect(formatDay(weekStart(d('2022-12-12')))).toBe('2022-12-12'); // Monday
    expect(formatDay(weekStart(d('2023-01-01')))).toBe('2022-12-26'); // Sunday across the year
  });

  it('the period spans 17 weeks, from 5 Dec to 27 Mar', () => {
    expect(weeks).toHaveLength(17);
    expect(formatDay(weeks[0]!)).toBe('2022-12-05');
    expect(formatDay(weeks.at(-1)!)).toBe('2023-03-27');
    expect(weekLabel(weeks[0]!)).toBe('5 Dec');
    expect(weekLabel(weeks[6]!)).toBe('16 Jan');
  });
});

describe('counting events per region and week', () => {
  const events = [
    // Saturday 14 Jan to Tuesday 24 Jan: touches the weeks of 9, 16 and 23 Jan.
    ev('multi-day', '2023-01-14', '2023-01-24', 'local', ['PE-PUN']),
    // A regional measure naming two regions counts in both.
    ev('two-regions', '2023-01-16', null, 'regional', ['PE-LMA', 'PE-CAL']),
    // A national item counts in its own row only.
    ev('national', '2023-01-17', null, 'national', []),
    ev('one-day', '2023-01-18', null, 'local', ['PE-PUN']),
  ];
  const counts = countByRegionWeek(events, weeks);

  it('a multi-day event counts once in every week its days touch', () => {
    const puno = counts.get('PE-PUN')!;
    expect(puno[col('2023-01-09')]).toBe(1);
    expect(puno[col('2023-01-16')]).toBe(2); // the multi-day event and the one-day event
    expect(puno[col('2023-01-23')]).toBe(1);
    expect(puno[col('2023-01-30')]).toBe(0);
    expect(puno.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('a regional measure counts for each region it names', () => {
    expect(counts.get('PE-LMA')![col('2023-01-16')]).toBe(1);
    expect(counts.get('PE-CAL')![col('2023-01-16')]).toBe(1);
    expect(counts.get('PE-CUS')!.every((n) => n === 0)).toBe(true);
  });

  it('national items have their own row and are not repeated in the regions', () => {
    expect(counts.get(NATIONAL)![col('2023-01-16')]).toBe(1);
    expect(counts.get(NATIONAL)!.reduce((a, b) => a + b, 0)).toBe(1);
    const regional = [...counts].filter(([k]) => k !== NATIONAL).reduce((s, [, row]) => s + row[col('2023-01-16')]!, 0);
    expect(regional).toBe(4); // Puno 2, Lima 1, Callao 1: the national item is not among them
  });

  it('the week totals count distinct events, and the row totals distinct events per row', () => {
    expect(countByWeek(events, weeks)[col('2023-01-16')]).toBe(4);
    expect(countByRegion(events).get('PE-PUN')).toBe(2);
    expect(countByRegion(events).get(NATIONAL)).toBe(1);
  });

  it('reads the columns it needs from events.csv', () => {
    const table = parseCsv(
      'id,date,end_date,scope,region\na,2023-01-02,,regional,PE-LMA; PE-CAL\nb,2023-01-03,2023-01-09,national,\n',
    );
    expect(coverageEventsFromCsv(table)).toEqual([
      ev('a', '2023-01-02', null, 'regional', ['PE-LMA', 'PE-CAL']),
      ev('b', '2023-01-03', '2023-01-09', 'national', []),
    ]);
  });
});

describe('searched cells', () => {
  const header = 'region,week_start,searched_on,result,note\n';

  it('accepts valid rows and rejects bad ones with line and field', () => {
    const { searches, errors } = parseSearches(
      parseCsv(
        header +
          'PE-LOR,2023-01-09,2025-01-01,none found,Pro & Contra; RPP\n' +
          'national,2023-01-16,2025-01-01,added,La República\n' +
          'PE-XXX,2023-01-10,someday,maybe,\n',
      ),
      weeks,
    );
    expect(searches).toHaveLength(2);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/coverage-searches\.csv:4 field "region"/);
    expect(errors.join('\n')).toMatch(/field "week_start": "2023-01-10" must be the Monday/);
  });

  it('rejects a wrong header', () => {
    expect(parseSearches(parseCsv('region,week,result\n'), weeks).errors[0]).toMatch(/header/);
  });

  it('marks cells searched with nothing found with "·" and cells where a search added events with "+"', () => {
    const { searches } = parseSearches(
      parseCsv(
        header +
          'PE-LOR,2023-01-09,2025-01-01,none found,Pro & Contra\n' +
          'PE-PUN,2023-01-16,2025-01-01,none found,Los Andes\n' +
          'PE-PUN,2023-01-16,2025-01-01,added,Pachamama\n',
      ),
      weeks,
    );
    const table = renderCoverageTable([ev('x', '2023-01-17', null, 'local', ['PE-PUN'])], searches, weeks);
    const row = (code: string) =>
      table
        .split('\n')
        .find((l) => l.startsWith(`| ${code}`))!
        .split('|')
        .map((c) => c.trim());
    expect(row('PE-LOR')[col('2023-01-09') + 2]).toBe('0·');
    expect(row('PE-PUN')[col('2023-01-16') + 2]).toBe('1+');
    expect(row('PE-PUN').at(-2)).toBe('1');
    expect(table).toMatch(/^\| National \(no region\) \|/m);
  });

  it('replaces the text between the markers only', () => {
    const out = replaceBetweenMarkers('a\n<!-- coverage:start -->\nold\n<!-- coverage:end -->\nb\n', '| t |\n');
    expect(out).toBe('a\n<!-- coverage:start -->\n\n| t |\n\n<!-- coverage:end -->\nb\n');
    expect(() => replaceBetweenMarkers('no markers', '')).toThrow(/coverage:start/);
  });
});
