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
    ['a dataset version', '?v=1.0.0'],
    ['a story step (issue 6)', '?lang=en&v=1.1.0&story=juliaca-9-january-2023&step=3'],
  ])('round-trips %s', (_l, search) => {
    expect(encodeUrlState(decodeUrlState(search, bounds))).toBe(search);
  });

  it.each(['events', 'deaths', 'events-per-100k', 'deaths-per-100k'])('round-trips region and shade=%s', (mode) => {
    const search = `?region=PE-PUN&lang=es&shade=${mode}`;
    expect(decodeUrlState(search, bounds)).toEqual({ region: 'PE-PUN', lang: 'es', shade: mode });
    expect(encodeUrlState(decodeUrlState(search, bounds))).toBe(search);
  });

  it('ignores an unknown region or shading, and leaves shade=off out of links', () => {
    expect(decodeUrlState('?region=PE-XXX&shade=rainbow', bounds)).toEqual({});
    expect(decodeUrlState('?region=pe-cus&shade=off', bounds)).toEqual({ region: 'PE-CUS' });
    expect(encodeUrlState({ shade: 'off' })).toBe('');
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
    ['a hexadecimal or exponent map view', '?map=0x6/-12/-75', {}],
    ['an infinite map view', '?map=Infinity/-12/-75', {}],
    ['an id longer than 120 characters', `?event=${'a'.repeat(121)}`, {}],
    ['an id with broken percent-encoding', '?event=2023-01-19-toma%ZZ', {}],
    ['a step that is not a whole number', '?step=2.5', {}],
    ['step zero or negative', '?step=0&story=-1', {}],
    ['a story id with a path', '?story=../secrets', {}],
    ['a version that is not X.Y.Z', '?v=latest', {}],
  ])('%s', (_l, search, expected) => {
    expect(decodeUrlState(search, bounds)).toEqual(expected);
  });

  it("reads a step past any story's end as the last step (README: past the last step, the last one)", () => {
    // No story has more than 99 steps; the reader then shows the story's own last step.
    expect(decodeUrlState('?story=juliaca-9-january-2023&step=100', bounds).step).toBe(99);
    expect(decodeUrlState('?story=juliaca-9-january-2023&step=99999', bounds).step).toBe(99);
    expect(decodeUrlState('?step=1e3', bounds).step).toBeUndefined();
  });

  it('reads "none" and category names in any case, and the first of a duplicated key', () => {
    expect(decodeUrlState('?cat=NONE', bounds).cat).toEqual([]);
    expect(decodeUrlState('?cat=%20None%20', bounds).cat).toEqual([]);
    expect(decodeUrlState('?cat=MARCH', bounds).cat).toEqual(['march']);
    expect(decodeUrlState('?lang=en&lang=es', bounds).lang).toBe('en');
    expect(decodeUrlState('?map=6/-12/-75&map=7/-13/-76', bounds).map).toEqual({ zoom: 6, lat: -12, lng: -75 });
  });

  it('trims an id before measuring it', () => {
    expect(decodeUrlState(`?event=%20${'a'.repeat(120)}%20`, bounds).event).toBe('a'.repeat(120));
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
