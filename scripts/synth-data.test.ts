import { describe, expect, it } from 'vitest';
import { loadProfile, mulberry32, synthesize, weightedPicker } from './synth-data';
import { parseCollection } from '../src/lib/data/load';
import { CATEGORIES } from '../src/lib/data/schema';
import { PERIOD_END, PERIOD_START, parseDay } from '../src/lib/time/days';

const profile = loadProfile();

describe('mulberry32 and weightedPicker', () => {
  it('are deterministic for a seed and stay in range', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });

  it('draws in proportion to the weights and never a zero weight', () => {
    const r = mulberry32(1);
    const pick = weightedPicker([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[pick(r)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.7);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.3);
  });
});

describe('synthesize', () => {
  it('gives the same output for the same seed and size, another for another seed', () => {
    const a = synthesize({ size: 400, seed: 7, profile });
    expect(JSON.stringify(synthesize({ size: 400, seed: 7, profile }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(synthesize({ size: 400, seed: 8, profile }))).not.toBe(JSON.stringify(a));
  });

  it.each([1, 10, 2000])('makes exactly %i events, each accepted by the app’s parser', (size) => {
    const fc = synthesize({ size, profile });
    expect(fc.features).toHaveLength(size);
    const { meta, events } = parseCollection(JSON.parse(JSON.stringify(fc)));
    expect(events).toHaveLength(size);
    expect(meta.title).toMatch(/SYNTHETIC/);
    expect(new Set(events.map((e) => e.id)).size).toBe(size);
    events.forEach((e, i) => {
      expect(e.index).toBe(i);
      expect(e.start).toBeGreaterThanOrEqual(PERIOD_START);
      expect(e.end).toBeLessThanOrEqual(PERIOD_END);
      expect(e.end).toBeGreaterThanOrEqual(e.start);
    });
  });

  it('looks like the real data: all categories, located and unlocated, multi-day, casualties, 1–4 sources, no names', () => {
    const fc = synthesize({ size: 5000, profile });
    const { events } = parseCollection(JSON.parse(JSON.stringify(fc)));
    for (const c of CATEGORIES) expect(events.filter((e) => e.category === c).length).toBeGreaterThan(100);
    const unlocated = events.filter((e) => !e.lngLat);
    expect(unlocated.length / events.length).toBeGreaterThan(0.07);
    expect(unlocated.length / events.length).toBeLessThan(0.13);
    expect(unlocated.some((e) => e.scope === 'national' && e.region === null)).toBe(true);
    expect(unlocated.some((e) => e.scope === 'regional' && e.regions.length > 1)).toBe(true);
    expect(events.filter((e) => e.end > e.start).length).toBeGreaterThan(300);
    expect(events.some((e) => (e.deaths ?? 0) > 0)).toBe(true);
    for (const e of events) {
      expect(e.sources.length).toBeGreaterThanOrEqual(1);
      expect(e.sources.length).toBeLessThanOrEqual(4);
      for (const s of e.sources) expect(new URL(s.url).hostname).toMatch(/\.example$/);
      expect(e.victims.every((v) => v.name === null)).toBe(true);
      expect(e.deaths ?? 0).toBe(e.victims.length);
      expect(e.uncertainty_en).toMatch(/^Synthetic event/);
      if (e.lngLat) {
        // Inside Peru's bounding box.
        expect(e.lngLat[0]).toBeGreaterThan(-81.5);
        expect(e.lngLat[0]).toBeLessThan(-68.5);
        expect(e.lngLat[1]).toBeGreaterThan(-18.5);
        expect(e.lngLat[1]).toBeLessThan(0.1);
      }
    }
    // The temporal shape: mid-December and January busier than March.
    const inDays = (a: string, b: string) =>
      events.filter((e) => e.start >= parseDay(a)! && e.start <= parseDay(b)!).length;
    expect(inDays('2022-12-09', '2022-12-18')).toBeGreaterThan(2 * inDays('2023-03-10', '2023-03-19'));
    expect(inDays('2023-01-09', '2023-01-18')).toBeGreaterThan(1.5 * inDays('2023-03-10', '2023-03-19'));
  });
});
