import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-data';

/** A copy of data/ in a temp dir with one line of events.csv (or another file) replaced. */
function brokenCopy(edit: (lines: string[]) => void, name = 'events.csv'): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  cpSync('data', dir, { recursive: true });
  const file = join(dir, name);
  const lines = readFileSync(file, 'utf8').split('\n');
  edit(lines);
  writeFileSync(file, lines.join('\n'));
  return dir;
}

describe('build-data', () => {
  it('a malformed row fails the build with file, line, field and what to fix', () => {
    const dir = brokenCopy((lines) => {
      lines[5] = lines[5]!.replace(/^([^,]*),(\d{4}-\d{2}-\d{2}),/, '$1,2023-02-30,');
    });
    const { collection, errors } = buildDataset(dir);
    expect(collection).toBeNull();
    expect(
      errors.some((e) =>
        /events\.csv:6 field "date": "2023-02-30" is not a real date; write the first day as YYYY-MM-DD/.test(e),
      ),
    ).toBe(true);
  });

  it('a point in the wrong region fails the build naming the event', () => {
    let id = '';
    const dir = brokenCopy((lines) => {
      const i = lines.findIndex((l) => l.includes(',local,') && l.includes(',PE-PUN,'));
      id = lines[i]!.split(',')[0]!;
      lines[i] = lines[i]!.replace(',PE-PUN,', ',PE-LAL,');
    });
    const { errors } = buildDataset(dir);
    expect(errors.some((e) => e.includes(`event "${id}": its point is inside PE-PUN`))).toBe(true);
  });

  it('a point that is not the named place fails the build naming the event', () => {
    let id = '';
    const dir = brokenCopy((lines) => {
      // Juliaca's events moved to Puno city (45 km away, same region): inside the region, but not the named place.
      const i = lines.findIndex((l) => l.includes(',local,') && l.includes('Juliaca') && !l.includes('Puno'));
      id = lines[i]!.split(',')[0]!;
      lines[i] = lines[i]!.replace(/,-15\.\d+,-70\.\d+,/, ',-15.8402,-70.0219,');
    });
    const { errors } = buildDataset(dir);
    expect(
      errors.some((e) => e.includes(`field "place": event "${id}": its point is`) && e.includes('from Juliaca')),
    ).toBe(true);
  });

  it('stamps `updated`: the release version for unchanged events, the current one for changed or new events', () => {
    const { collection } = buildDataset('data');
    const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { version: string };
    const release = JSON.parse(readFileSync('data/releases/events-1.0.0.geojson', 'utf8')) as {
      features: { properties: { id: string } }[];
    };
    const old = new Set(release.features.map((f) => f.properties.id));
    const props = collection!.features.map((f) => f.properties);
    expect(props.every((p) => p.updated === '1.0.0' || p.updated === meta.version)).toBe(true);
    expect(props.filter((p) => !old.has(p.id)).every((p) => p.updated === meta.version)).toBe(true);
    expect(collection!.metadata.version).toBe(meta.version);
  });

  it('an event changed without a line in data/CHANGELOG.md fails the build naming it', () => {
    let id = '';
    const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
    const dir = brokenCopy((lines) => {
      const i = lines.findIndex(
        (l, n) => n > 0 && /^[^,]+,[^,]+,[^,]*,day,/.test(l) && !changelog.includes(l.split(',')[0]!),
      );
      id = lines[i]!.split(',')[0]!;
      lines[i] = lines[i]!.replace(/^([^,]+,[^,]+,[^,]*),day,/, '$1,approximate,');
    });
    const { collection, errors } = buildDataset(dir);
    expect(collection).toBeNull();
    expect(errors).toContainEqual(
      expect.stringContaining(
        `CHANGELOG.md: event "${id}" has changed since release 1.0.0 but data/CHANGELOG.md has no line for it; add "- \`${id}\``,
      ),
    );
    // With its line under the current version, the same change builds.
    const log = join(dir, 'CHANGELOG.md');
    writeFileSync(
      log,
      readFileSync(log, 'utf8').replace(
        '### Corrected\n',
        `### Corrected\n\n- \`${id}\`: date made approximate (test).\n`,
      ),
    );
    const fixed = buildDataset(dir);
    expect(fixed.errors).toEqual([]);
    expect(fixed.collection!.features.find((f) => f.properties.id === id)!.properties.updated).not.toBe('1.0.0');
  });

  it('compiles data/redirects.csv into metadata.redirects, and rejects a redirect to a missing event', () => {
    const { collection, errors } = buildDataset('data');
    expect(errors).toEqual([]);
    expect(typeof collection!.metadata.redirects).toBe('object');
    const ids = new Set(collection!.features.map((f) => f.properties.id));
    for (const [oldId, newId] of Object.entries(collection!.metadata.redirects ?? {})) {
      expect(ids.has(oldId), oldId).toBe(false);
      expect(ids.has(newId), newId).toBe(true);
    }
    const dir = brokenCopy((lines) => {
      lines.splice(1, 0, '2023-01-01-removed,2023-01-01-does-not-exist,merged');
    }, 'redirects.csv');
    const broken = buildDataset(dir);
    expect(broken.collection).toBeNull();
    expect(
      broken.errors.some((e) =>
        e.endsWith(
          'redirects.csv:2 field "new_id": "2023-01-01-does-not-exist" is not an event id in events.csv; point the redirect at the event that replaced it',
        ),
      ),
    ).toBe(true);
  });

  it('a gazetteer name listed twice fails the build', () => {
    const dir = brokenCopy((lines) => {
      lines.push('Cusco,PE-CUS,-13.5200,-71.9800,INEI 080101');
    }, 'places.csv');
    const { errors } = buildDataset(dir);
    expect(
      errors.some((e) => /places\.csv:\d+ field "name": "Cusco" \(PE-CUS\) is already listed on line \d+/.test(e)),
    ).toBe(true);
  });

  it('the command exits non-zero and prints every problem, and writes nothing', () => {
    let line = 0;
    const dir = brokenCopy((lines) => {
      const i = lines.findIndex((l) => l.includes(',local,'));
      lines[i] = lines[i]!.replace(',local,', ',galactic,');
      line = i + 1;
    });
    const out = join(dir, 'out.geojson');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--data', dir, '--out', out], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Data build failed with \d+ problem/);
    expect(r.stderr).toContain(
      `events.csv:${line} field "scope": "galactic" is not allowed; use one of: local, regional, national`,
    );
    expect(() => readFileSync(out)).toThrow();
    // A child process on a busy machine: give it time (this is not a speed test).
  }, 60_000);
});
