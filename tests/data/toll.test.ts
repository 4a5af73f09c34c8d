/**
 * The cumulative toll on the real dataset: by the Defensoría's last report the ledger's counted deaths equal its
 * 67, and on the dates where the two differ, the difference is in blockade-related deaths whenever the Defensoría
 * gave its components (docs/design.md and the note under the timeline say so).
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/build-data';
import { inMemoryDataset } from '../../src/lib/data/in-memory';
import { cumulativeDeaths } from '../../src/lib/data/aggregate';
import { compareWithPublished, cumulativeByKind } from '../../src/lib/time/toll';
import { PERIOD_END, PERIOD_START } from '../../src/lib/time/days';

const { collection } = buildDataset('data');
const { table } = inMemoryDataset(collection!);
const bounds = { from: PERIOD_START, to: PERIOD_END };

describe('the cumulative toll of the dataset', () => {
  it('reaches every dated death of the ledger, 67 of them counted by the Defensoría, as on its last report', () => {
    const { cumulative: all, undated } = cumulativeDeaths(table, bounds);
    const counted = cumulativeDeaths(table, bounds, undefined, 'yes').cumulative;
    expect(all[all.length - 1]).toBe(table.victims.event.length - undated);
    expect(counted[counted.length - 1]).toBe(67);
    const c = compareWithPublished(counted, cumulativeByKind(table, bounds), bounds);
    expect(c[c.length - 1]).toMatchObject({ total: 67, ledger: 67, differs: false });
  });

  it('differs from the published totals only in blockade-related deaths where the components are known', () => {
    const counted = cumulativeDeaths(table, bounds, undefined, 'yes').cumulative;
    for (const c of compareWithPublished(counted, cumulativeByKind(table, bounds), bounds)) {
      if (!c.differs || c.civilian === undefined) continue;
      expect(c.ledgerByKind.civilian).toBe(c.civilian);
      expect(c.ledgerByKind.security).toBe(c.security ?? 0);
      expect(c.ledgerByKind.blockade).not.toBe(c.blockade);
    }
  });
});
