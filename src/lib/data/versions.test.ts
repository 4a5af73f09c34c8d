import { describe, expect, it } from 'vitest';
import { changelogReasons, compareVersions, diffCollections } from './versions';
import type { EventCollection } from './schema';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const older = fixtureJson as unknown as EventCollection;

describe('versions', () => {
  it('lists added, corrected and removed events by id, with the changelog line', () => {
    const current: EventCollection = structuredClone(older);
    const removed = current.features.pop()!;
    current.features[0]!.properties.injured = 99;
    current.features[0]!.properties.updated = '1.1.0';
    current.features[1]!.properties.updated = '1.1.0'; // only the stamp changed: not a correction
    const added = structuredClone(current.features[2]!);
    added.properties.id = 'a-new-event';
    current.features.push(added);
    const reasons = changelogReasons(
      `# Changelog\n\n## 1.1.0 — 2026-11-29\n\n### Corrected\n- \`${current.features[0]!.properties.id}\`: injured per La República\n\n## 1.0.0\n- \`a-new-event\`: wrong section\n`,
      '1.1.0',
    );
    const diff = diffCollections(older, current, reasons);
    const kinds = Object.fromEntries(diff.map((c) => [c.id, c.kind]));
    expect(kinds).toEqual({
      [current.features[0]!.properties.id]: 'corrected',
      'a-new-event': 'added',
      [removed.properties.id]: 'removed',
    });
    expect(diff.find((c) => c.kind === 'corrected')!.reason).toBe('injured per La República');
    expect(diff.find((c) => c.kind === 'added')!.reason).toBeNull();
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });
});
