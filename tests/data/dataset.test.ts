/**
 * Checks on the real dataset (data/*.csv), beyond what the build rejects: coverage, the reconciliation of the
 * deaths ledger with the Defensoría's official toll (and with the table in data/README.md), and that cumulative
 * milestones never add deaths.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build-data';
import { parseCsv } from '../../src/lib/data/csv';
import type { EventFeature } from '../../src/lib/data/schema';

const { collection, errors } = buildDataset('data');
const features: EventFeature[] = collection?.features ?? [];
const victims = features.flatMap((f) =>
  f.properties.victims.map((v) => ({ ...v, region: f.properties.region, event: f.properties.id })),
);

const MILESTONES = [
  '2022-12-24-defensoria-death-toll-28',
  '2023-01-12-defensoria-death-toll-49',
  '2023-01-30-defensoria-death-toll-58',
  '2023-03-06-defensoria-informe-190',
  '2023-03-21-defensoria-final-death-toll-67',
];

describe('the dataset', () => {
  it('builds without a single error', () => {
    expect(errors).toEqual([]);
    expect(collection).not.toBeNull();
  });

  it('covers the whole wave: at least 200 sourced events from 7 Dec 2022 to 31 Mar 2023 in 20+ regions', () => {
    expect(features.length).toBeGreaterThanOrEqual(200);
    expect(features.every((f) => f.properties.date >= '2022-12-07' && f.properties.date <= '2023-03-31')).toBe(true);
    expect(features.every((f) => f.properties.sources.length >= 1)).toBe(true);
    const regions = new Set(features.flatMap((f) => f.properties.regions));
    expect(regions.size).toBeGreaterThanOrEqual(20);
    for (const month of ['2022-12', '2023-01', '2023-02', '2023-03']) {
      expect(features.filter((f) => f.properties.date.startsWith(month)).length, month).toBeGreaterThanOrEqual(15);
    }
  });

  it('marks single-source events and explains disputed ones', () => {
    for (const f of features) {
      const p = f.properties;
      if (p.verification !== 'confirmed') expect(p.uncertainty_en, p.id).toBeTruthy();
    }
    expect(features.some((f) => f.properties.verification === 'single-source')).toBe(true);
  });

  it('never names a minor', () => {
    for (const v of victims) if (v.age !== null && v.age < 18) expect(v.name, v.event).toBeNull();
  });

  it('cumulative milestones carry no deaths, so they are never double-counted', () => {
    for (const id of MILESTONES) {
      const f = features.find((x) => x.properties.id === id);
      expect(f, id).toBeDefined();
      expect(f!.properties.deaths, id).toBeNull();
      expect(f!.properties.victims, id).toEqual([]);
    }
  });
});

describe('reconciliation with the Defensoría del Pueblo (67 deaths by 21 March 2023)', () => {
  const counted = victims.filter((v) => v.counted_by_defensoria === 'yes');

  it('the ledger rows it counts split exactly as 49 civilians, 11 blockade-related, 1 police officer and 6 soldiers', () => {
    expect(counted.filter((v) => v.kind === 'civilian')).toHaveLength(49);
    expect(counted.filter((v) => v.kind === 'blockade')).toHaveLength(11);
    expect(counted.filter((v) => v.kind === 'security')).toHaveLength(7);
    expect(counted).toHaveLength(67);
    const police = features.find((f) => f.properties.id === '2023-01-10-juliaca-police-officer-killed')!;
    const soldiers = features.find((f) => f.properties.id === '2023-03-05-ilave-river-soldiers-drowned')!;
    expect(police.properties.deaths_security_forces).toBe(1);
    expect(soldiers.properties.deaths_security_forces).toBe(6);
  });

  it("the events' death columns add up to the ledger (68 = 67 counted + 1 unclear)", () => {
    const sum = (k: 'deaths_civilians' | 'deaths_security_forces' | 'deaths_blockade_related') =>
      features.reduce((s, f) => s + (f.properties[k] ?? 0), 0);
    expect(sum('deaths_civilians')).toBe(victims.filter((v) => v.kind === 'civilian').length);
    expect(sum('deaths_security_forces')).toBe(victims.filter((v) => v.kind === 'security').length);
    expect(sum('deaths_blockade_related')).toBe(victims.filter((v) => v.kind === 'blockade').length);
    expect(features.reduce((s, f) => s + (f.properties.deaths ?? 0), 0)).toBe(victims.length);
    expect(victims.filter((v) => v.counted_by_defensoria !== 'yes')).toHaveLength(victims.length - 67);
  });

  const table = parseCsv(readFileSync('data/reconciliation.csv', 'utf8'));
  const rows = table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ''])));

  it.each(rows.map((r) => [r.region!, r] as const))(
    '%s: deaths by kind match data/reconciliation.csv',
    (region, row) => {
      const here = victims.filter((v) => v.region === region);
      const yes = here.filter((v) => v.counted_by_defensoria === 'yes');
      expect(yes.filter((v) => v.kind === 'civilian').length).toBe(Number(row.civilians));
      expect(yes.filter((v) => v.kind === 'security').length).toBe(Number(row.security_forces));
      expect(yes.filter((v) => v.kind === 'blockade').length).toBe(Number(row.blockade_related));
      expect(here.filter((v) => v.counted_by_defensoria !== 'yes').length).toBe(Number(row.not_counted_by_defensoria));
    },
  );

  it('no region outside the reconciliation table has deaths', () => {
    const listed = new Set(rows.map((r) => r.region));
    expect(victims.filter((v) => !listed.has(v.region ?? '')).map((v) => v.event)).toEqual([]);
  });

  it('data/README.md shows the same table', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    for (const r of rows) {
      const line = readme.split('\n').find((l) => l.startsWith(`| ${r.region} `));
      expect(line, r.region).toBeDefined();
      const cells = line!.split('|').map((c) => c.trim());
      expect(cells.slice(2, 6), r.region).toEqual([
        r.civilians,
        r.security_forces,
        r.blockade_related,
        r.not_counted_by_defensoria,
      ]);
    }
  });
});
