import { describe, expect, it } from 'vitest';
import { decodeCore, encodeCore, sortFeatures, CoreFormatError } from './core-format';
import { decodeDetailChunk, DetailStore } from './details';
import type { EventCollection } from './schema';
import fixtureJson from '../../../tests/fixtures/events.small.json';

const fixture = fixtureJson as unknown as EventCollection;
const sorted = { ...fixture, features: sortFeatures(fixture.features) };
const encoded = () => JSON.parse(JSON.stringify(encodeCore(sorted, 5)));

describe('core format', () => {
  it('round-trips every field the map, timeline and counts need', () => {
    const { core } = encoded();
    const { table, rejected, meta } = decodeCore(core);
    expect(rejected).toEqual([]);
    expect(meta.version).toBe(fixture.metadata.version);
    expect(table.count).toBe(fixture.features.length);
    sorted.features.forEach((f, i) => {
      const p = f.properties;
      expect(table.ids[i]).toBe(p.id);
      expect(table.categoryOf(i)).toBe(p.category);
      expect(table.deathsOf(i)).toBe(p.deaths ?? 0);
      expect(table.regionsOf(i)).toEqual(p.regions.length ? p.regions : p.region ? [p.region] : []);
      if (f.geometry) {
        expect(table.lng[i]).toBeCloseTo(f.geometry.coordinates[0], 4);
        expect(table.lat[i]).toBeCloseTo(f.geometry.coordinates[1], 4);
      } else expect(table.hasPoint(i)).toBe(false);
    });
    expect(table.victims.event.length).toBe(fixture.features.reduce((s, f) => s + f.properties.victims.length, 0));
  });

  it('is sorted by first day then id, the order of table indices', () => {
    const { table } = decodeCore(encoded().core);
    for (let i = 1; i < table.count; i++) expect(table.start[i]).toBeGreaterThanOrEqual(table.start[i - 1]!);
  });

  it('rejects one bad row by id and field and keeps the rest; a duplicate id drops the later row', () => {
    const { core } = encoded();
    core.columns.category[1] = 42;
    core.columns.end[2] = core.columns.start[2] - 1;
    core.columns.id[4] = core.columns.id[3];
    core.columns.lat[5] = 'x';
    const { table, rejected } = decodeCore(core);
    expect(table.count).toBe(fixture.features.length - 4);
    expect(rejected.map((r) => r.field)).toEqual(['category', 'end', 'id', 'lat']);
    expect(rejected[0]!.event).toBe(sorted.features[1]!.properties.id);
    expect(rejected[1]!.message).toMatch(/before the first/);
  });

  it.each([
    ['a missing column', (c: ReturnType<typeof encoded>['core']) => delete c.columns.start, 'columns.start'],
    ['columns of different lengths', (c: ReturnType<typeof encoded>['core']) => c.columns.lng.pop(), 'lng'],
    ['another format', (c: ReturnType<typeof encoded>['core']) => (c.format = 'geojson'), 'format'],
  ])('refuses a file with %s', (_label, mutate, field) => {
    const { core } = encoded();
    mutate(core);
    expect(() => decodeCore(core)).toThrow(CoreFormatError);
    try {
      decodeCore(core);
    } catch (e) {
      expect((e as CoreFormatError).field).toBe(field);
    }
  });

  it('does not modify its input', () => {
    const { core } = encoded();
    const copy = JSON.stringify(core);
    decodeCore(core);
    expect(JSON.stringify(core)).toBe(copy);
  });
});

describe('detail chunks', () => {
  it('validate each event with the published schema: a bad one is reported, the others are kept', () => {
    const { core, chunks } = encoded();
    const { table } = decodeCore(core);
    chunks[0].events[1].sources = 'not a list';
    chunks[0].events[2].title_en = '';
    const { events, rejected } = decodeDetailChunk(chunks[0], table, 5, 0);
    expect(events.size).toBe(3);
    expect(rejected.map((r) => [r.event, r.field])).toEqual([
      [table.ids[1], 'sources'],
      [table.ids[2], 'title_en'],
    ]);
  });

  it('are fetched once per chunk, and a failed chunk can be retried', async () => {
    const { core, chunks } = encoded();
    const { table } = decodeCore(core);
    const calls: string[] = [];
    let fail = true;
    const fetchImpl = ((url: string) => {
      calls.push(url);
      if (fail) return Promise.resolve(new Response('x', { status: 500 }));
      return Promise.resolve(new Response(JSON.stringify(chunks[Number(url)])));
    }) as unknown as typeof fetch;
    let changes = 0;
    const store = new DetailStore(
      table,
      5,
      (k) => String(k),
      () => changes++,
      fetchImpl,
    );
    await store.request([0, 1, 7]);
    expect(calls).toEqual(['0', '1']);
    expect(store.failure(0)).toMatch(/500/);
    expect(store.has(0)).toBe(false);
    fail = false;
    await store.retry();
    expect(store.has(0) && store.has(7)).toBe(true);
    await store.request([0, 7]);
    expect(calls).toEqual(['0', '1', '0', '1']);
    expect(changes).toBeGreaterThan(0);
  });
});
