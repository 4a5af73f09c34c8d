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

/**
 * The deaths beside the Defensoría's 67: ledger rows it did not count, or is not known to have counted, by event.
 * Each has its row, with the reason, in data/README.md ("Deaths beside the Defensoría's 67").
 */
const BESIDE_THE_67: Record<string, number> = {
  '2023-01-26-la-oroya-stranded-patient-death': 1,
  '2023-01-18-desaguadero-haitian-migrants-die': 4,
  '2023-01-19-desaguadero-more-haitian-migrants-die': 2,
  '2023-01-19-juli-haitian-migrant-dies': 1,
};
/** Deaths reported somewhere but not deaths in this dataset (disputed; data/README.md says why). */
const NOT_DEATHS_HERE = [
  '2022-12-12-chincheros-withdrawn-death-report',
  '2023-01-20-viru-santa-elena-three-young-men-shot',
];

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

  it("the events' death columns add up to the ledger (75 = the Defensoría's 67 + 8 beside them)", () => {
    const sum = (k: 'deaths_civilians' | 'deaths_security_forces' | 'deaths_blockade_related') =>
      features.reduce((s, f) => s + (f.properties[k] ?? 0), 0);
    expect(sum('deaths_civilians')).toBe(victims.filter((v) => v.kind === 'civilian').length);
    expect(sum('deaths_security_forces')).toBe(victims.filter((v) => v.kind === 'security').length);
    expect(sum('deaths_blockade_related')).toBe(victims.filter((v) => v.kind === 'blockade').length);
    expect(features.reduce((s, f) => s + (f.properties.deaths ?? 0), 0)).toBe(victims.length);
    expect(victims.filter((v) => v.counted_by_defensoria !== 'yes')).toHaveLength(victims.length - 67);
    expect(victims).toHaveLength(67 + Object.values(BESIDE_THE_67).reduce((a, b) => a + b, 0));
  });

  it('the deaths beside the 67 are exactly the explained ones: La Oroya and the seven Haitian migrants', () => {
    const beside: Record<string, number> = {};
    for (const v of victims.filter((x) => x.counted_by_defensoria !== 'yes'))
      beside[v.event] = (beside[v.event] ?? 0) + 1;
    expect(beside).toEqual(BESIDE_THE_67);
    const haitians = victims.filter((v) => v.event.includes('haitian'));
    expect(haitians).toHaveLength(7);
    expect(haitians.every((v) => v.kind === 'blockade' && v.counted_by_defensoria === 'no')).toBe(true);
    expect(haitians.filter((v) => v.region === 'PE-PUN')).toHaveLength(7);
  });

  it('data/README.md explains each death beside the 67, with its count', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    for (const [id, n] of Object.entries(BESIDE_THE_67)) {
      const line = readme.split('\n').find((l) => l.startsWith(`| \`${id}\``));
      expect(line, id).toBeDefined();
      expect(line!.split('|').map((c) => c.trim())[2], id).toBe(String(n));
    }
  });

  it('reported deaths that are not deaths here stay out of every count, and say why', () => {
    for (const id of NOT_DEATHS_HERE) {
      const f = features.find((x) => x.properties.id === id);
      expect(f, id).toBeDefined();
      expect(f!.properties.deaths, id).toBeNull();
      expect(f!.properties.verification, id).toBe('disputed');
      expect(f!.properties.uncertainty_en, id).toMatch(/not counted in this dataset's deaths/);
    }
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
