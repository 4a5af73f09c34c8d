import { describe, expect, it } from 'vitest';
import {
  checkChangelog,
  compareVersions,
  diffRelease,
  eventFingerprint,
  parseChangelog,
  previousRelease,
  type ReleaseDiff,
} from './changelog';
import type { EventFeature, EventProperties } from './schema';
import { testEvent } from './test-events';

const event = (id: string, patch: Partial<EventProperties> = {}, lon = -70.13): EventFeature =>
  testEvent(
    id,
    '2023-01-09',
    {
      category: 'repression',
      actors: ['protesters'],
      title_es: 'Título',
      title_en: 'Title',
      description_es: 'Descripción.',
      description_en: 'Description.',
      updated: '',
      ...patch,
    },
    [lon, -15.48],
  );

const CHANGELOG = `# Changelog

Free text before the first version.

## 1.1.0 — 2026-11-29

Summary of the release, free text.

### Added

- \`new-event\`: first reported by La República, 21 Jan 2023.

### Corrected

- \`fixed-event\`: age 22, not 23 (Wayka; Diario Expresión;
  Ministerio Público).

### Removed

- \`gone-event\`: duplicate of \`kept-event\` (same decree).

## 1.0.0 — 2026-11-01

First release.
`;

describe('parseChangelog', () => {
  it('reads versions, sections and one line per event, joining wrapped lines', () => {
    const { versions, problems } = parseChangelog(CHANGELOG);
    expect(problems).toEqual([]);
    expect(versions.map((v) => [v.version, v.date])).toEqual([
      ['1.1.0', '2026-11-29'],
      ['1.0.0', '2026-11-01'],
    ]);
    const v = versions[0]!;
    expect(v.entries.Added).toEqual([
      { id: 'new-event', reason: 'first reported by La República, 21 Jan 2023.', line: 11 },
    ]);
    expect(v.entries.Corrected[0]!.reason).toBe('age 22, not 23 (Wayka; Diario Expresión; Ministerio Público).');
    expect(v.entries.Removed.map((e) => e.id)).toEqual(['gone-event']);
    expect(versions[1]!.entries).toEqual({ Added: [], Corrected: [], Removed: [] });
  });

  it.each([
    ['a heading without the date', '## 1.1.0', /not a version heading/],
    ['an unknown section', '## 1.1.0 — 2026-11-29\n### Changed', /not a section; use ### Added/],
    [
      'a line without the id in backticks',
      '## 1.1.0 — 2026-11-29\n### Added\n- new-event: reason',
      /not a changelog line/,
    ],
    ['an entry before any section', '## 1.1.0 — 2026-11-29\n- `new-event`: reason', /outside a section/],
    ['a version twice', '## 1.1.0 — 2026-11-29\n## 1.1.0 — 2026-11-30', /two headings/],
  ])('reports %s with its line number', (_label, text, message) => {
    const { problems } = parseChangelog(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.line).toBe(text.split('\n').length);
  });
});

describe('versions and releases', () => {
  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.1.0', '1.1.0')).toBe(0);
    expect(compareVersions('1.0.9', '1.1.0')).toBeLessThan(0);
  });

  it('compares with the latest kept release not after the current version', () => {
    expect(previousRelease(['1.0.0'], '1.1.0')).toBe('1.0.0');
    expect(previousRelease(['1.0.0', '1.1.0', '1.2.0'], '1.1.1')).toBe('1.1.0');
    expect(previousRelease(['1.0.0', '1.1.0'], '1.1.0')).toBe('1.1.0');
    expect(previousRelease(['1.9.0', '1.10.0'], '1.10.1')).toBe('1.10.0');
    expect(previousRelease([], '1.0.0')).toBeNull();
    expect(previousRelease(['2.0.0'], '1.1.0')).toBeNull();
  });
});

describe('eventFingerprint', () => {
  it('ignores `updated` and the order of keys, not the content or the point', () => {
    const a = event('a');
    const reordered = { ...a, properties: Object.fromEntries(Object.entries(a.properties).reverse()) } as EventFeature;
    expect(eventFingerprint(reordered)).toBe(eventFingerprint(a));
    expect(eventFingerprint(event('a', { updated: '1.1.0' }))).toBe(eventFingerprint(a));
    expect(eventFingerprint(event('a', { injured: 3 }))).not.toBe(eventFingerprint(a));
    expect(eventFingerprint(event('a', {}, -70.2))).not.toBe(eventFingerprint(a));
  });
});

describe('diffRelease', () => {
  const release = [event('same'), event('changed'), event('gone'), event('stamped', { updated: '1.0.1' })];
  const current = [event('same'), event('changed', { title_en: 'Better title' }), event('new'), event('stamped')];
  const diff = diffRelease(current, release, '1.0.0', '1.1.0');

  it('lists what was added, changed and removed', () => {
    expect(diff.added).toEqual(['new']);
    expect(diff.changed).toEqual(['changed']);
    expect(diff.removed).toEqual(['gone']);
  });

  it("stamps unchanged events with the release's value and the rest with the current version", () => {
    expect(Object.fromEntries(diff.updated)).toEqual({
      same: '1.0.0',
      stamped: '1.0.1',
      changed: '1.1.0',
      new: '1.1.0',
    });
  });
});

describe('checkChangelog', () => {
  const diff: ReleaseDiff = {
    added: ['new-event'],
    changed: ['fixed-event'],
    removed: ['gone-event'],
    updated: new Map(),
  };

  it('passes when every change has its line under the current version', () => {
    expect(checkChangelog(diff, parseChangelog(CHANGELOG), '1.1.0', '1.0.0')).toEqual([]);
  });

  it('fails naming each event without a line, and says where to add it', () => {
    const text = CHANGELOG.replace(
      '- `fixed-event`: age 22, not 23 (Wayka; Diario Expresión;\n  Ministerio Público).',
      '',
    );
    const errors = checkChangelog(
      { ...diff, changed: ['fixed-event', 'other-event'] },
      parseChangelog(text),
      '1.1.0',
      '1.0.0',
    );
    expect(errors.map((e) => e.id)).toEqual(['fixed-event', 'other-event']);
    expect(errors[0]!.message).toMatch(
      /event "fixed-event" has changed since release 1\.0\.0 but data\/CHANGELOG\.md has no line for it; add "- `fixed-event`: .*" under "## 1\.1\.0" → "### Corrected"/,
    );
  });

  it('rejects a line for an event that did not change, or in the wrong section', () => {
    const errors = checkChangelog(
      { ...diff, added: [], changed: ['fixed-event', 'new-event'] },
      parseChangelog(CHANGELOG),
      '1.1.0',
      '1.0.0',
    );
    expect(errors.find((e) => e.line === 11)!.message).toMatch(
      /listed under Added, but .* belongs under ### Corrected/,
    );
    const unchanged = checkChangelog({ ...diff, removed: [] }, parseChangelog(CHANGELOG), '1.1.0', '1.0.0');
    expect(unchanged.map((e) => e.message)).toEqual([
      expect.stringMatching(/"gone-event" is listed under Removed, but it is unchanged/),
    ]);
  });

  it('asks for a version bump when the data differs from a release of the same version', () => {
    const errors = checkChangelog(diff, parseChangelog(CHANGELOG), '1.0.0', '1.0.0');
    expect(errors).toHaveLength(4); // three changes, and the changelog's 1.1.0 is ahead of meta.json
    expect(errors.some((e) => /data\/meta\.json still says 1\.0\.0: bump the version/.test(e.message))).toBe(true);
    expect(errors.some((e) => /1\.1\.0 is later than data\/meta\.json's version 1\.0\.0/.test(e.message))).toBe(true);
  });

  it('passes problems in the file itself through, with their lines', () => {
    const text = `${CHANGELOG}\n## 1.2\n`;
    const errors = checkChangelog(diff, parseChangelog(text), '1.1.0', '1.0.0');
    expect(errors).toEqual([expect.objectContaining({ id: null, line: text.split('\n').indexOf('## 1.2') + 1 })]);
    expect(errors[0]!.message).toMatch(/not a version heading/);
  });
});
