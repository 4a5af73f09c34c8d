/**
 * Bad data stops the build, clearly (issue 11): malformed rows of every kind, and a seeded fuzzer of random rows.
 * Each bad value must give an error naming the file, the line, the field and what to do; a value the build accepts
 * must reach the compiled file. Nothing is silently dropped.
 *
 * To keep this fast, many independent faults go into one copy of data/ (each in its own row) and the build reports
 * them all at once.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-data';
import { parseCsv, toCsv, type CsvTable } from '../src/lib/data/csv';

type File = 'events.csv' | 'sources.csv' | 'deaths.csv';
interface Edit {
  file: File;
  /** 0-based record index in the file. */
  row: number;
  field: string;
  value: string;
}

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-malformed-'));
  cpSync('data', dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: File): CsvTable => parseCsv(readFileSync(join(dir, file), 'utf8'));

/** Apply edits cell by cell; returns the line each edited record starts on in the rewritten file. */
function apply(dir: string, edits: readonly Edit[]): number[] {
  const byFile = new Map<File, Edit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    const t = read(dir, file);
    for (const e of list) {
      const col = t.header.indexOf(e.field);
      if (col < 0) throw new Error(`no column ${e.field} in ${file}`);
      t.records[e.row]!.cells[col] = e.value;
    }
    writeFileSync(
      join(dir, file),
      toCsv(
        t.header,
        t.records.map((r) => r.cells),
      ),
    );
  }
  return edits.map((e) => read(dir, e.file).records[e.row]!.line);
}

/** Index of the n-th record (after skip) matching a test, so that each fault sits in its own row. */
function rows(dir: string, file: File, test: (cells: Record<string, string>) => boolean): number[] {
  const t = read(dir, file);
  return t.records
    .map((r, i) => [i, Object.fromEntries(t.header.map((h, k) => [h, r.cells[k] ?? '']))] as const)
    .filter(([, c]) => test(c))
    .map(([i]) => i);
}

const ERROR_FORMAT = /(events|sources|deaths|places)\.csv:\d+ field "[^"]+": .{12,}/s;
/** The changelog check names the event and the line to add (a changed event must be logged). */
const CHANGELOG_FORMAT = /CHANGELOG\.md: event "[a-z0-9-]+" .*add "- `[a-z0-9-]+`: /s;
const wellFormed = (e: string) => ERROR_FORMAT.test(e) || CHANGELOG_FORMAT.test(e);

/** Logs the events these edits touch in the copy's changelog (as an editor must), so the build can accept them. */
function logChanges(dir: string, edits: readonly Edit[]) {
  const file = join(dir, 'CHANGELOG.md');
  const text = readFileSync(file, 'utf8');
  const ids = new Set<string>();
  for (const e of edits) {
    const t = read(dir, e.file);
    const cell = t.records[e.row]!.cells[t.header.indexOf(e.file === 'events.csv' ? 'id' : 'event_id')]!;
    if (!text.includes(`\`${cell}\``)) ids.add(cell);
  }
  if (!ids.size) return;
  const lines = [...ids].map((id) => `- \`${id}\`: edited by the fuzz test.`).join('\n');
  writeFileSync(file, text.replace(/(## 1\.1\.0[^\n]*\n[\s\S]*?### Corrected\n)/, `$1${lines}\n`));
}

describe('bad data stops the build with file, line, field and the fix', () => {
  it('malformed rows of every kind, each named by its own line and field', () => {
    const dir = copyData();
    const local = rows(dir, 'events.csv', (c) => c.scope === 'local' && !c.deaths_civilians && !c.distinct_from);
    const events = read(dir, 'events.csv');
    const idOf = (i: number) => events.records[i]!.cells[0]!;
    const sourceRows = rows(dir, 'sources.csv', () => true);
    const deathRows = rows(dir, 'deaths.csv', (c) => c.kind === 'civilian' && !!c.name);
    const at = (k: number) => local[k * 3]!;
    const cases: (Edit & { expect: RegExp })[] = [
      { file: 'events.csv', row: at(0), field: 'title_en', value: '', expect: /field "title_en"/ },
      { file: 'events.csv', row: at(1), field: 'date', value: '2023-13-01', expect: /field "date".*not a real date/ },
      { file: 'events.csv', row: at(2), field: 'end_date', value: '2022-12-07', expect: /field "end_date"/ },
      { file: 'events.csv', row: at(3), field: 'category', value: 'riot', expect: /field "category".*riot/ },
      { file: 'events.csv', row: at(4), field: 'region', value: 'PE-XYZ', expect: /field "region".*PE-XYZ/ },
      { file: 'events.csv', row: at(5), field: 'lat', value: '40.4168', expect: /field "lat(\/lon)?"/ },
      { file: 'events.csv', row: at(6), field: 'id', value: idOf(at(7)), expect: /field "id".*already used/i },
      {
        file: 'events.csv',
        row: at(8),
        field: 'title_es',
        value: '<script>alert(1)</script>',
        expect: /field "title_es"/,
      },
      {
        file: 'events.csv',
        row: at(9),
        field: 'description_en',
        value: 'A <b>bold</b> claim.',
        expect: /field "description_en"/,
      },
      { file: 'events.csv', row: at(10), field: 'injured', value: 'many', expect: /field "injured"/ },
      { file: 'events.csv', row: at(11), field: 'verification', value: 'probably', expect: /field "verification"/ },
      { file: 'events.csv', row: at(12), field: 'title_en', value: 'Two\nlines', expect: /field "title_en".*line/ },
      { file: 'events.csv', row: at(13), field: 'lon', value: '', expect: /field "(lat\/)?lon"/ },
      { file: 'sources.csv', row: sourceRows[3]!, field: 'url', value: 'javascript:alert(1)', expect: /field "url"/ },
      { file: 'sources.csv', row: sourceRows[9]!, field: 'url', value: 'ftp://example.org/x', expect: /field "url"/ },
      {
        file: 'sources.csv',
        row: sourceRows[15]!,
        field: 'event_id',
        value: 'no-such-event',
        expect: /field "event_id"/,
      },
      { file: 'sources.csv', row: sourceRows[21]!, field: 'date', value: 'yesterday', expect: /field "date"/ },
      { file: 'deaths.csv', row: deathRows[0]!, field: 'kind', value: 'martian', expect: /field "kind"/ },
      { file: 'deaths.csv', row: deathRows[2]!, field: 'age', value: '16', expect: /minor|field "name"/i },
    ];
    const lines = apply(dir, cases);
    const { collection, errors } = buildDataset(dir);
    expect(collection).toBeNull();
    for (const e of errors) expect(e).toMatch(ERROR_FORMAT);
    cases.forEach((c, k) => {
      // A duplicated id is reported on whichever of the two rows comes second.
      const where = c.field === 'id' ? [lines[k], lines[cases.findIndex((x) => x.row === at(7))] ?? -1] : [lines[k]];
      const dupLine = c.field === 'id' ? events.records[at(7)]!.line : -1;
      const mine = errors.filter(
        (e) => where.some((l) => e.includes(`${c.file}:${l} `)) || (dupLine > 0 && e.includes(`${c.file}:${dupLine} `)),
      );
      expect(mine.length, `${c.file}:${lines[k]} ${c.field}=${JSON.stringify(c.value)}`).toBeGreaterThan(0);
      expect(
        mine.some((e) => c.expect.test(e)),
        `${mine.join('\n')}\n— expected ${c.expect}`,
      ).toBe(true);
    });
  }, 120_000);

  it.each([
    ['a missing column', (text: string) => text.replace(/^id,date,/, 'id,'), /events\.csv:1 field "(header|date)"/],
    ['an unknown column', (text: string) => text.replace(/^id,/, 'id,colour,'), /events\.csv:1 field "header"/],
  ])(
    'a header with %s is named at line 1',
    (_l, edit, expected) => {
      const dir = copyData();
      const file = join(dir, 'events.csv');
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      const { collection, errors } = buildDataset(dir);
      expect(collection).toBeNull();
      expect(
        errors.some((e) => expected.test(e)),
        errors.slice(0, 3).join('\n'),
      ).toBe(true);
    },
    60_000,
  );

  it('a file saved in another encoding (Latin-1) is refused, naming the file and the fix', () => {
    const dir = copyData();
    const file = join(dir, 'events.csv');
    writeFileSync(file, Buffer.from(readFileSync(file, 'utf8'), 'latin1'));
    const { collection, errors } = buildDataset(dir);
    expect(collection).toBeNull();
    expect(
      errors.some((e) => /events\.csv:\d+ .*UTF-8/.test(e)),
      errors.slice(0, 3).join('\n'),
    ).toBe(true);
  }, 60_000);

  it('a byte-order mark, Windows line ends and quoted line breaks in a description are read, not dropped', () => {
    const dir = copyData();
    const before = read(dir, 'events.csv').records.length;
    const i = rows(dir, 'events.csv', (c) => (c.description_en ?? '').length > 40)[0]!;
    const t = read(dir, 'events.csv');
    const edit: Edit = {
      file: 'events.csv',
      row: i,
      field: 'description_en',
      value: t.records[i]!.cells[t.header.indexOf('description_en')]! + '\nSecond paragraph.',
    };
    apply(dir, [edit]);
    logChanges(dir, [edit]);
    const file = join(dir, 'events.csv');
    writeFileSync(file, '\ufeff' + readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const { collection, errors } = buildDataset(dir);
    expect(errors.join('\n')).toBe('');
    expect(collection!.features).toHaveLength(before);
    expect(collection!.features.some((f) => f.properties.description_en.endsWith('Second paragraph.'))).toBe(true);
  }, 60_000);
});

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK: ((r: () => number) => string)[] = [
  () => '',
  () => '   ',
  () => 'null',
  () => 'NaN',
  () => '-1',
  () => '1e9',
  () => '2023-02-29',
  () => '31/12/2022',
  () => '<img src=x onerror=alert(1)>',
  () => '=HYPERLINK("http://evil")',
  () => 'a,b;"c"',
  () => 'x'.repeat(500),
  () => 'línea\nnueva',
  () => '\u202eRTL override',
  () => '🙂🙂',
  (r) => String(Math.floor(r() * 200) - 100),
  (r) => `2023-0${1 + Math.floor(r() * 3)}-${10 + Math.floor(r() * 19)}`,
  (r) => ['march', 'strike', 'local', 'regional', 'PE-PUN', 'confirmed', 'yes', 'press'][Math.floor(r() * 8)]!,
];

describe('seeded fuzzer of random rows', () => {
  it.each([7122022, 19012023])(
    'seed %i: every random value is refused with a named error, or accepted and kept in the output',
    (seed) => {
      const r = rng(seed);
      const dir = copyData();
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
      const edits: Edit[] = [];
      const used = new Set<string>();
      for (const file of ['events.csv', 'sources.csv'] as const) {
        const t = read(dir, file);
        for (let k = 0; k < (file === 'events.csv' ? 24 : 8); k++) {
          const row = Math.floor(r() * t.records.length);
          if (used.has(`${file}:${row}`)) continue;
          used.add(`${file}:${row}`);
          // Never the id: changing it is a new event, not a bad value (and breaks the row's sources, by design).
          const field = pick(t.header.filter((h) => h !== 'id' && h !== 'event_id'));
          const value = pick(JUNK)(r);
          if (value.trim() === (t.records[row]!.cells[t.header.indexOf(field)] ?? '').trim()) continue;
          edits.push({ file, row, field, value });
        }
      }
      const lines = apply(dir, edits);
      const first = buildDataset(dir);
      for (const e of first.errors) expect(wellFormed(e), `seed ${seed}: ${e}`).toBe(true);
      const named = (errors: string[], e: Edit, line: number) => errors.some((m) => m.includes(`${e.file}:${line} `));
      let refused = edits.filter((e, k) => named(first.errors, e, lines[k]!));
      let rest = edits.filter((e) => !refused.includes(e));
      // A value can be refused through another row (an emptied distinct_from makes two events duplicates, named at
      // the other one): when the rest still fails, each remaining edit is tried alone.
      const together = copyData();
      apply(together, rest);
      logChanges(together, rest);
      if (buildDataset(together).errors.length) {
        const alone = rest.filter((e) => {
          const d = copyData();
          apply(d, [e]);
          logChanges(d, [e]);
          const r = buildDataset(d);
          for (const m of r.errors) expect(wellFormed(m), `seed ${seed}: ${m}`).toBe(true);
          return r.errors.length > 0;
        });
        refused = [...refused, ...alone];
        rest = rest.filter((e) => !alone.includes(e));
      }
      // What remains was accepted: the build must pass and keep every event.
      const fresh = copyData();
      apply(fresh, rest);
      logChanges(fresh, rest);
      const second = buildDataset(fresh);
      expect(second.errors, `seed ${seed}: accepted edits ${JSON.stringify(rest)}`).toEqual([]);
      expect(second.collection!.features).toHaveLength(read(fresh, 'events.csv').records.length);
      expect(refused.length + rest.length).toBe(edits.length);
      expect(refused.length).toBeGreaterThan(0);
    },
    180_000,
  );
});
