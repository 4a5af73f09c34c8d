import { describe, expect, it } from 'vitest';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import { decodeUrlState, encodeUrlState, precisionFor, type UrlState } from './url-state';

const bounds = { from: PERIOD_START, to: PERIOD_END };
const d = (s: string) => parseDay(s)!;

describe('URL state round trip', () => {
  it('restores every key exactly, under a non-UTC zone', () => {
    expect(new Date(2023, 0, 15).getTimezoneOffset()).not.toBe(0);
    const state: UrlState = {
      from: d('2023-01-15'),
      to: d('2023-01-22'),
      cat: ['march', 'repression'],
      event: '2023-01-19-lima-toma-de-lima',
      lang: 'en',
      map: { zoom: 6.25, lat: -13.52, lng: -71.98 },
    };
    const search = encodeUrlState(state);
    expect(search).toBe(
      '?from=2023-01-15&to=2023-01-22&cat=march,repression&event=2023-01-19-lima-toma-de-lima&lang=en&map=6.25/-13.52/-71.98',
    );
    expect(decodeUrlState(search, bounds)).toEqual(state);
  });

  it.each([
    ['first and last day of the period', '?from=2022-12-07&to=2023-03-31'],
    ['a single day', '?from=2023-01-09&to=2023-01-09'],
    ['no categories', '?cat=none'],
    ['Spanish', '?lang=es'],
  ])('round-trips %s', (_l, search) => {
    expect(encodeUrlState(decodeUrlState(search, bounds))).toBe(search);
  });

  it('omits keys at their default (all categories)', () => {
    expect(
      encodeUrlState({ cat: ['blockade', 'march', 'strike', 'repression', 'emergency', 'political', 'other'] }),
    ).toBe('');
  });
});

describe('invalid input is ignored or clamped, never thrown', () => {
  it.each([
    ['a non-date', '?from=yesterday', {}],
    ['an impossible date', '?from=2023-02-30', {}],
    ['an unknown language', '?lang=fr', {}],
    ['only unknown categories', '?cat=riot,party', {}],
    ['an id with spaces or markup', '?event=<script>', {}],
    ['a broken map view', '?map=abc/1', {}],
    ['an empty map part', '?map=5//-70', {}],
    ['an unknown key', '?foo=bar', {}],
  ])('%s', (_l, search, expected) => {
    expect(decodeUrlState(search, bounds)).toEqual(expected);
  });

  it('keeps the known categories of a mixed list, in canonical order', () => {
    expect(decodeUrlState('?cat=other,riot,march', bounds).cat).toEqual(['march', 'other']);
  });

  it('clamps dates to the period and orders a reversed range', () => {
    expect(decodeUrlState('?from=2020-01-01&to=2030-01-01', bounds)).toEqual({ from: PERIOD_START, to: PERIOD_END });
    expect(decodeUrlState('?from=2023-02-01&to=2023-01-01', bounds)).toEqual({
      from: d('2023-01-01'),
      to: d('2023-02-01'),
    });
    expect(decodeUrlState('?to=2030-01-01', bounds)).toEqual({ to: PERIOD_END });
  });

  it('clamps the map view to Peru and sane zooms', () => {
    expect(decodeUrlState('?map=30/80/10', bounds).map).toEqual({ zoom: 14, lat: 5, lng: -60 });
  });

  it('keeps parameters it does not own when writing', () => {
    expect(encodeUrlState({ lang: 'en' }, '?utm_source=news&lang=es&from=2023-01-01')).toBe('?utm_source=news&lang=en');
  });
});

describe('precisionFor', () => {
  it('gives more decimals at higher zooms', () => {
    expect(precisionFor(4)).toBeLessThan(precisionFor(12));
    expect(precisionFor(6)).toBe(3);
  });
});

describe('embed (issue 6)', () => {
  it.each([
    ['1', true],
    ['true', true],
    [' YES ', true],
    ['0', undefined],
    ['no', undefined],
    ['', undefined],
  ])('embed=%s decodes to %s', (raw, expected) => {
    expect(decodeUrlState(`?embed=${raw}`, bounds).embed).toBe(expected);
  });

  it('is written as embed=1 after the other keys, and dropped when off', () => {
    expect(encodeUrlState({ from: d('2023-01-15'), embed: true })).toBe('?from=2023-01-15&embed=1');
    expect(encodeUrlState({ embed: false }, '?embed=1&utm_source=x')).toBe('?utm_source=x');
  });
});
