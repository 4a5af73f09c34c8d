/**
 * A dataset built in memory from a FeatureCollection, through the same encode → validate → decode path as the
 * files the app downloads: for tests, tools and the synthetic benchmark data.
 */
import { decodeCore, encodeCore, sortFeatures } from './core-format';
import { DetailStore, type LoadedData } from './details';
import type { EventCollection } from './schema';

export function inMemoryDataset(collection: EventCollection, onChange: () => void = () => {}): LoadedData {
  const sorted = { ...collection, features: sortFeatures(collection.features) };
  const { core, chunks } = encodeCore(sorted);
  const decoded = decodeCore(JSON.parse(JSON.stringify(core)));
  const details = new DetailStore(
    decoded.table,
    decoded.chunkSize,
    () => '',
    onChange,
    () => Promise.reject(new Error('in-memory dataset: nothing to fetch')),
  );
  details.seed(JSON.parse(JSON.stringify(chunks)));
  return { meta: decoded.meta, table: decoded.table, details, rejected: decoded.rejected };
}
