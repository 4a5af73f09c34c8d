import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { PERIOD_END, PERIOD_START } from '../time/days';
import { decodeUrlState, encodeUrlState, LANGS, VIEW_LIMITS } from './url-state';
import { makeGenerator } from '../../../tests/fuzz/url-cases';
import fixture from '../../../tests/fixtures/events.small.json';

const bounds = { from: PERIOD_START, to: PERIOD_END };
const SEED = 20230109;
const N = 2000;
const eventIds = fixture.features.map((f) => f.properties.id);

/** The query part of a link as a browser sees it (the WHATWG parser, same as location.search). */
const searchOf = (q: string) => new URL(`https://atlas.example/${q}`).search;

describe(`decodeUrlState on ${N} generated hostile links (seed ${SEED})`, () => {
  const gen = makeGenerator(SEED, { eventIds });
  const cases = Array.from({ length: N }, () => searchOf(gen.next()));

  it('never throws and only yields valid, normalised values', () => {
    for (const [i, search] of cases.entries()) {
      const s = decodeUrlState(search, bounds);
      const where = `case ${i}: ${search.slice(0, 200)}`;
      if (s.from !== undefined) expect(s.from >= bounds.from && s.from <= bounds.to, where).toBe(true);
      if (s.to !== undefined) expect(s.to >= bounds.from && s.to <= bounds.to, where).toBe(true);
      if (s.from !== undefined && s.to !== undefined) expect(s.from <= s.to, where).toBe(true);
      if (s.cat) expect(s.cat, where).toEqual(CATEGORIES.filter((c) => s.cat!.includes(c)));
      if (s.event !== undefined) expect(s.event, where).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (s.event !== undefined) expect(s.event.length, where).toBeLessThanOrEqual(120);
      if (s.lang !== undefined) expect(LANGS, where).toContain(s.lang);
      if (s.map) {
        const { zoom, lat, lng } = s.map;
        expect([zoom, lat, lng].every(Number.isFinite), where).toBe(true);
        expect(zoom >= VIEW_LIMITS.minZoom && zoom <= VIEW_LIMITS.maxZoom, where).toBe(true);
        expect(lat >= VIEW_LIMITS.south && lat <= VIEW_LIMITS.north, where).toBe(true);
        expect(lng >= VIEW_LIMITS.west && lng <= VIEW_LIMITS.east, where).toBe(true);
      }
    }
  });

  it('is idempotent: the rewritten link decodes to the same state and rewrites to itself', () => {
    for (const [i, search] of cases.entries()) {
      const where = `case ${i}: ${search.slice(0, 200)}`;
      const state = decodeUrlState(search, bounds);
      const written = encodeUrlState(state, search);
      const again = decodeUrlState(searchOf(written), bounds);
      expect(again, where).toEqual(
        // The map view is written rounded to the precision its zoom needs; compare it the same way.
        state.map ? { ...state, map: decodeUrlState(encodeUrlState({ map: state.map }), bounds).map } : state,
      );
      expect(encodeUrlState(again, searchOf(written)), where).toBe(written);
    }
  });

  it('writes our own keys only in their canonical form, with nothing that could be markup', () => {
    for (const [i, search] of cases.entries()) {
      const written = new URLSearchParams(encodeUrlState(decodeUrlState(search, bounds), search));
      const where = `case ${i}: ${search.slice(0, 200)}`;
      for (const k of ['from', 'to']) if (written.has(k)) expect(written.get(k), where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (written.has('cat')) expect(written.get('cat'), where).toMatch(/^(none|[a-z]+(,[a-z]+)*)$/);
      if (written.has('lang')) expect(written.get('lang'), where).toMatch(/^(es|en)$/);
      if (written.has('map')) expect(written.get('map'), where).toMatch(/^-?[\d.]+\/-?[\d.]+\/-?[\d.]+$/);
      for (const k of ['from', 'to', 'cat', 'event', 'lang', 'map'])
        expect(written.getAll(k).length, where).toBeLessThanOrEqual(1);
    }
  });
});
