/**
 * Coverage by region and week: how many events of the dataset touch each region in each ISO week (Monday to
 * Sunday, Peru calendar), and which empty or thin cells the editors searched. `npm run coverage`
 * (scripts/coverage.ts) writes the table into data/README.md; tests/data/coverage.test.ts fails when that table
 * is out of date with data/events.csv and data/coverage-searches.csv.
 *
 * Counting rules:
 * - an event counts once in every week its days (date … end_date, inclusive) touch;
 * - a local event counts in its region; a regional measure counts in each region it names;
 * - a national item counts in the "national" row only (not in every region).
 */
import type { CsvTable } from './csv';
import { REGIONS } from './schema';
import { formatDay, parseDay, type Day } from '../time/days';

/** Row key of national items. */
export const NATIONAL = 'national';

export const SEARCH_RESULTS = ['added', 'none found'] as const;
export type SearchResult = (typeof SEARCH_RESULTS)[number];

/** The header of data/coverage-searches.csv. */
export const SEARCH_COLUMNS = ['region', 'week_start', 'searched_on', 'result', 'note'] as const;

/** What the coverage count needs of an event. */
export interface CoverageEvent {
  id: string;
  date: string;
  end_date: string | null;
  scope: string;
  regions: string[];
}

/** One row of data/coverage-searches.csv: a region-week cell that an editor searched. */
export interface CoverageSearch {
  /** An ISO 3166-2:PE code, or "national". */
  region: string;
  /** The Monday of the week searched, YYYY-MM-DD. */
  week_start: string;
  /** The day of the search, YYYY-MM-DD. */
  searched_on: string;
  result: SearchResult;
  /** What was searched (outlets, queries). */
  note: string;
}

/** The Monday of the ISO week containing the day. (1970-01-01, day 0, was a Thursday.) */
export function weekStart(day: Day): Day {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The Mondays of every week that touches from … to (inclusive). */
export function weeksBetween(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let w = weekStart(from); w <= to; w += 7) out.push(w);
  return out;
}

/** The row keys an event counts in: its regions, or "national". */
export function rowsOf(e: CoverageEvent): string[] {
  if (e.scope === 'national' || e.regions.length === 0) return [NATIONAL];
  return [...new Set(e.regions)];
}

/**
 * Events per row (region code or "national") per week. Every row of `rows` is present (zeros included); the
 * counts array is aligned with `weeks`. Events outside the weeks are ignored there.
 */
export function countByRegionWeek(
  events: readonly CoverageEvent[],
  weeks: readonly Day[],
  rows: readonly string[] = [...Object.keys(REGIONS), NATIONAL],
): Map<string, number[]> {
  const counts = new Map<string, number[]>(rows.map((r) => [r, weeks.map(() => 0)]));
  const index = new Map(weeks.map((w, i) => [w, i]));
  for (const e of events) {
    const start = parseDay(e.date);
    const end = e.end_date ? parseDay(e.end_date) : start;
    if (start === null || end === null) throw new Error(`event ${e.id}: unreadable date "${e.date}"–"${e.end_date}"`);
    for (const key of rowsOf(e)) {
      let row = counts.get(key);
      if (!row) counts.set(key, (row = weeks.map(() => 0)));
      for (let w = weekStart(start); w <= end; w += 7) {
        const i = index.get(w);
        if (i !== undefined) row[i]! += 1;
      }
    }
  }
  return counts;
}

/** Distinct events per week, all rows together (a two-region measure counts once). */
export function countByWeek(events: readonly CoverageEvent[], weeks: readonly Day[]): number[] {
  const out = weeks.map(() => 0);
  const index = new Map(weeks.map((w, i) => [w, i]));
  for (const e of events) {
    const start = parseDay(e.date)!;
    const end = e.end_date ? parseDay(e.end_date)! : start;
    for (let w = weekStart(start); w <= end; w += 7) {
      const i = index.get(w);
      if (i !== undefined) out[i]! += 1;
    }
  }
  return out;
}

/** Distinct events per row over the whole period. */
export function countByRegion(events: readonly CoverageEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) for (const key of rowsOf(e)) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

/** The events of data/events.csv as the coverage count needs them (no validation beyond the columns used). */
export function coverageEventsFromCsv(table: CsvTable): CoverageEvent[] {
  const col = (name: string) => {
    const i = table.header.indexOf(name);
    if (i < 0) throw new Error(`events.csv: no "${name}" column`);
    return i;
  };
  const [id, date, end, scope, region] = ['id', 'date', 'end_date', 'scope', 'region'].map(col) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return table.records.map((r) => ({
    id: (r.cells[id] ?? '').trim(),
    date: (r.cells[date] ?? '').trim(),
    end_date: (r.cells[end] ?? '').trim() || null,
    scope: (r.cells[scope] ?? '').trim(),
    regions: (r.cells[region] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
}

/**
 * Reads data/coverage-searches.csv. Errors name the line and field: region must be an ISO code or "national",
 * week_start a Monday inside `weeks`, searched_on a date, result "added" or "none found", note not empty.
 */
export function parseSearches(
  table: CsvTable,
  weeks: readonly Day[],
  file = 'data/coverage-searches.csv',
): { searches: CoverageSearch[]; errors: string[] } {
  const errors: string[] = [];
  const searches: CoverageSearch[] = [];
  if (SEARCH_COLUMNS.some((c, i) => table.header[i] !== c)) {
    return { searches, errors: [`${file}:1 field "header": the header must be ${SEARCH_COLUMNS.join(',')}`] };
  }
  const mondays = new Set(weeks);
  for (const rec of table.records) {
    const [region, week_start, searched_on, result, note] = SEARCH_COLUMNS.map((_, i) => (rec.cells[i] ?? '').trim());
    const fail = (field: string, msg: string) => errors.push(`${file}:${rec.line} field "${field}": ${msg}`);
    const before = errors.length;
    if (!(region! in REGIONS) && region !== NATIONAL)
      fail('region', `"${region}" is not an ISO 3166-2:PE code nor "${NATIONAL}"`);
    const w = parseDay(week_start!);
    if (w === null || !mondays.has(w))
      fail('week_start', `"${week_start}" must be the Monday (YYYY-MM-DD) of a week of the period`);
    if (parseDay(searched_on!) === null) fail('searched_on', `"${searched_on}" is not a date (YYYY-MM-DD)`);
    if (!(SEARCH_RESULTS as readonly string[]).includes(result!))
      fail('result', `"${result}" must be one of: ${SEARCH_RESULTS.join(', ')}`);
    if (!note) fail('note', 'say what was searched (outlets, queries)');
    if (errors.length === before)
      searches.push({
        region: region!,
        week_start: week_start!,
        searched_on: searched_on!,
        result: result as SearchResult,
        note: note!,
      });
  }
  return { searches, errors };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Dec", "16 Jan": the Monday that names a week column. */
export function weekLabel(w: Day): string {
  const [, m, d] = formatDay(w).split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]}`;
}

/** Mark of a searched cell: "+" when a search added events, "·" when searches found nothing. */
export function searchMark(searches: readonly CoverageSearch[], row: string, week: Day): string {
  const here = searches.filter((s) => s.region === row && s.week_start === formatDay(week));
  if (here.some((s) => s.result === 'added')) return '+';
  if (here.length) return '·';
  return '';
}

/**
 * The Markdown table: a row per region (ISO code and name, then "National"), a column per week, each cell the
 * number of events with the search mark, a total column (distinct events) and a last row of distinct events per
 * week. Plain, unpadded Markdown: the caller formats it (Prettier aligns the columns).
 */
export function renderCoverageTable(
  events: readonly CoverageEvent[],
  searches: readonly CoverageSearch[],
  weeks: readonly Day[],
): string {
  const rows = [...Object.keys(REGIONS), NATIONAL];
  const counts = countByRegionWeek(events, weeks, rows);
  const totals = countByRegion(events);
  const label = (r: string) => (r === NATIONAL ? 'National (no region)' : `${r} ${REGIONS[r]}`);
  const lines = [
    `| Region | ${weeks.map(weekLabel).join(' | ')} | Events |`,
    `| --- | ${weeks.map(() => '--:').join(' | ')} | --: |`,
  ];
  for (const r of rows) {
    const cells = counts.get(r)!.map((n, i) => `${n}${searchMark(searches, r, weeks[i]!)}`);
    lines.push(`| ${label(r)} | ${cells.join(' | ')} | ${totals.get(r) ?? 0} |`);
  }
  lines.push(`| **All events** | ${countByWeek(events, weeks).join(' | ')} | ${events.length} |`);
  return lines.join('\n') + '\n';
}

export const START_MARKER = '<!-- coverage:start -->';
export const END_MARKER = '<!-- coverage:end -->';

/** The README text with the part between the markers replaced by `table`. Throws if a marker is missing. */
export function replaceBetweenMarkers(readme: string, table: string): string {
  const a = readme.indexOf(START_MARKER);
  const b = readme.indexOf(END_MARKER);
  if (a < 0 || b < a) throw new Error(`data/README.md must contain ${START_MARKER} … ${END_MARKER}`);
  return `${readme.slice(0, a + START_MARKER.length)}\n\n${table}\n${readme.slice(b)}`;
}
