/**
 * Expected values for the browser specs, computed from the built dataset with the same pure functions the app
 * uses, so the specs assert what a reader must see without hard-coding counts that change as the data grows.
 */
import { readFileSync } from 'node:fs';
import { parseCollection } from '../../src/lib/data/load';
import { parseDay } from '../../src/lib/time/days';
import { overlaps } from '../../src/lib/time/range';
import type { Category } from '../../src/lib/data/schema';

export const dataset = parseCollection(JSON.parse(readFileSync('dist/data/events.geojson', 'utf8')));

export function expectedCount(from: string, to: string, cats?: Category[]): number {
  const range = { from: parseDay(from)!, to: parseDay(to)! };
  return dataset.events.filter((e) => overlaps(e.start, e.end, range) && (!cats || cats.includes(e.category))).length;
}
