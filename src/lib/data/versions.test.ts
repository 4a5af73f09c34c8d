import { describe, expect, it } from 'vitest';
import {
  changesInView,
  compareVersions,
  diffCollections,
  parseManifest,
  reasonsSince,
  redirectId,
  resolveVersion,
  type Change,
  type VersionManifest,
} from './versions';
import { parseChangelog } from './changelog';
import type { EventCollection } from './schema';
import { parseDay } from '../time/days';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const older = fixtureJson as unknown as EventCollection;
const day = (s: string) => parseDay(s)!;

describe('diffCollections', () => {
  it('lists added, corrected and removed events by id, with every changelog line since the old version', () => {
    const current: EventCollection = structuredClone(older);
    current.metadata = { ...current.metadata, version: '1.2.0' };
    const removed = current.features.pop()!;
    current.features[0]!.properties.injured = 99;
    current.features[0]!.properties.updated = '1.1.0';
    current.features[1]!.properties.updated = '1.1.0'; // only the stamp changed: not a correction
    const added = structuredClone(current.features[2]!);
    added.properties.id = 'a-new-event';
    current.features.push(added);
    const first = current.features[0]!.properties.id;
    const changelog = parseChangelog(
      [
        '# Changelog',
        '## 1.2.0 — 2026-12-01',
        '### Corrected',
        `- \`${first}\`: injured per La República, a reason written`,
        '  over two lines',
        '## 1.1.0 — 2026-11-29',
        '### Corrected',
        `- \`${first}\`: date per RPP`,
        '## 1.0.0 — 2026-11-01',
        '### Added',
        '- `a-new-event`: a line of a version the link already had',
      ].join('\n'),
    );
    const diff = diffCollections(older, current, reasonsSince(changelog, '1.0.0', '1.2.0'), {
      [removed.properties.id]: first,
    });
    const kinds = Object.fromEntries(diff.map((c) => [c.id, c.kind]));
    expect(kinds).toEqual({ [first]: 'corrected', 'a-new-event': 'added', [removed.properties.id]: 'removed' });
    expect(diff.find((c) => c.kind === 'corrected')!.reasons).toEqual([
      { version: '1.1.0', text: 'date per RPP' },
      { version: '1.2.0', text: 'injured per La República, a reason written over two lines' },
    ]);
    expect(diff.find((c) => c.kind === 'added')!.reasons).toEqual([]);
    expect(diff.find((c) => c.kind === 'removed')!.replacedBy).toBe(first);
    expect(diff.map((c) => c.date)).toEqual([...diff.map((c) => c.date)].sort());
  });

  it('does not change its inputs', () => {
    const current: EventCollection = structuredClone(older);
    current.features[0]!.properties.injured = 7;
    const before = JSON.stringify([older, current]);
    diffCollections(older, current);
    expect(JSON.stringify([older, current])).toBe(before);
  });
});

const change = (over: Partial<Change>): Change => ({
  id: 'x',
  kind: 'corrected',
  reasons: [],
  date: '2023-01-09',
  end_date: null,
  category: 'repression',
  regions: ['PE-PUN'],
  ...over,
});

describe('changesInView', () => {
  const all = ['blockade', 'march', 'strike', 'repression', 'emergency', 'political', 'other'] as const;
  const view = { range: { from: day('2023-01-09'), to: day('2023-01-15') }, categories: all, region: null };

  it.each([
    ['inside the range', change({}), true],
    ['before the range', change({ date: '2023-01-08' }), false],
    ['multi-day, overlapping the start', change({ date: '2023-01-01', end_date: '2023-01-09' }), true],
    ['after the range', change({ date: '2023-01-16' }), false],
  ])('%s', (_name, c, shown) => {
    expect(changesInView([c], view)).toHaveLength(shown ? 1 : 0);
  });

  it('follows the categories and the region focus, as the map filter does (national events outside a region)', () => {
    const cs = [
      change({ id: 'puno' }),
      change({ id: 'cusco', regions: ['PE-CUS'] }),
      change({ id: 'national', regions: [] }),
      change({ id: 'march', category: 'march' }),
    ];
    expect(changesInView(cs, { ...view, region: 'PE-PUN' }).map((c) => c.id)).toEqual(['puno', 'march']);
    expect(changesInView(cs, { ...view, categories: ['march'] }).map((c) => c.id)).toEqual(['march']);
    expect(changesInView(cs, view)).toHaveLength(4);
  });
});

describe('the manifest', () => {
  const manifest: VersionManifest = {
    current: '1.1.0',
    versions: [
      { version: '1.1.0', path: '', date: '2026-11-29' },
      { version: '1.0.0', path: 'v/1.0.0/', date: null },
    ],
    changes: { '1.0.0': [change({})] },
    redirects: { old: 'newer', newer: 'newest' },
  };

  it('opens the current data for an absent, current or unknown version, and a kept one as it was', () => {
    expect(resolveVersion(manifest, undefined)).toMatchObject({ status: 'current', entry: { path: '' } });
    expect(resolveVersion(manifest, '1.1.0')).toMatchObject({ status: 'current' });
    expect(resolveVersion(manifest, '1.0.0')).toMatchObject({ status: 'old', entry: { path: 'v/1.0.0/' } });
    expect(resolveVersion(manifest, '0.9.0')).toMatchObject({
      status: 'unknown',
      requested: '0.9.0',
      entry: { version: '1.1.0' },
    });
  });

  it('follows redirect chains and stops on a loop', () => {
    expect(redirectId(manifest.redirects, 'old')).toBe('newest');
    expect(redirectId(manifest.redirects, 'other')).toBe('other');
    expect(redirectId({ a: 'b', b: 'a' }, 'a')).toBe('a');
  });

  it('accepts what the build writes and rejects a damaged or foreign file', () => {
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
    expect(parseManifest({ ...manifest, current: 'latest' })).toBeNull();
    expect(parseManifest({ ...manifest, versions: [{ version: '1.0.0', path: 'https://evil.example/' }] })).toBeNull();
    expect(parseManifest('<html>')).toBeNull();
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });
});
