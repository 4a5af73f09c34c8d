/**
 * The coverage table in data/README.md must be the one `npm run coverage` writes from data/events.csv and
 * data/coverage-searches.csv: this test fails when someone adds an event or a search and forgets to run it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageReadme } from '../../scripts/coverage';

describe('coverage by region and week (data/README.md)', () => {
  // Prettier formats the whole README: give it time on a loaded machine.
  it(
    'data/coverage-searches.csv is valid and the README table is up to date (run `npm run coverage`)',
    { timeout: 30_000 },
    async () => {
      const { readme, errors } = await coverageReadme('data');
      expect(errors).toEqual([]);
      expect(
        readme === readFileSync('data/README.md', 'utf8'),
        'the coverage table is stale: run `npm run coverage`',
      ).toBe(true);
    },
  );
});
