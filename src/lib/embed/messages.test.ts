import { describe, expect, it } from 'vitest';
import { parseDay, PERIOD_END, PERIOD_START } from '../time/days';
import {
  ATLAS,
  decodeHostMessage,
  heightMessages,
  parsePymMessage,
  pymChildId,
  pymMessage,
  stateMessage,
} from './messages';

const bounds = { from: PERIOD_START, to: PERIOD_END };
const d = (s: string) => parseDay(s)!;
const set = (fields: Record<string, unknown>) => decodeHostMessage({ target: ATLAS, type: 'set', ...fields }, bounds);
/** The patch of a set command (undefined for anything else). */
const patchOf = (c: ReturnType<typeof decodeHostMessage>) => (c?.type === 'set' ? c.patch : undefined);

describe('decodeHostMessage: what a host page may ask', () => {
  it('reads the documented example', () => {
    expect(
      set({ from: '2023-01-19', to: '2023-01-24', event: '2023-01-19-toma-de-lima', cat: ['march'], region: 'PE-PUN' }),
    ).toEqual({
      type: 'set',
      patch: {
        from: d('2023-01-19'),
        to: d('2023-01-24'),
        event: '2023-01-19-toma-de-lima',
        cat: ['march'],
        region: 'PE-PUN',
      },
    });
  });

  it('ignores messages that are not addressed to the atlas (other libraries share the channel)', () => {
    for (const data of [
      null,
      'pymxPYMxaxPYMxwidthxPYMx600',
      { type: 'set', from: '2023-01-19' },
      { target: 'another-atlas', type: 'set' },
      { target: ATLAS, type: 'explode' },
      [ATLAS, 'set'],
      { sentinel: 'amp', type: 'embed-size', height: 10 },
    ])
      expect(decodeHostMessage(data, bounds)).toBeNull();
  });

  it('answers get', () => {
    expect(decodeHostMessage({ target: ATLAS, type: 'get' }, bounds)).toEqual({ type: 'get' });
  });

  it.each([
    ['a date that is not one', { from: '2023-02-30' }],
    ['a number for a date', { from: 20230119 }],
    ['markup for an id', { event: '<img src=x onerror=alert(1)>' }],
    ['an unknown region', { region: 'PE-XXX' }],
    ['an unknown language', { lang: 'fr' }],
    ['only unknown categories', { cat: ['riot'] }],
    ['an object for the categories', { cat: { march: true } }],
    ['an unknown field', { zoom: 12 }],
  ])('drops %s, field by field, as a link would', (_l, fields) => {
    expect(set(fields)).toEqual({ type: 'set', patch: {} });
  });

  it('keeps the valid fields beside invalid ones, and the known categories of a mixed list', () => {
    expect(set({ from: 'yesterday', to: '2023-01-24', cat: ['riot', 'march', 42, 'strike'] })).toEqual({
      type: 'set',
      patch: { to: d('2023-01-24'), cat: ['march', 'strike'] },
    });
  });

  it('clamps dates into the period and puts a reversed range in order', () => {
    expect(patchOf(set({ from: '2023-06-01', to: '2022-01-01' }))).toEqual({ from: PERIOD_START, to: PERIOD_END });
  });

  it('null clears the region and the open event and restores all categories; [] means none', () => {
    expect(patchOf(set({ region: null, event: null, cat: null }))).toEqual({ region: null, event: null, cat: null });
    expect(patchOf(set({ cat: [] }))).toEqual({ cat: [] });
    expect(patchOf(set({ cat: 'march,repression' }))).toEqual({ cat: ['march', 'repression'] });
  });

  it('does not change the message it reads', () => {
    const msg = { target: ATLAS, type: 'set', cat: ['march', 'riot'], from: '2023-01-19' };
    const copy = structuredClone(msg);
    decodeHostMessage(msg, bounds);
    expect(msg).toEqual(copy);
  });
});

describe('stateMessage: what the atlas tells the host', () => {
  it('gives the view in the terms set uses, and what it shows', () => {
    const m = stateMessage(
      { from: d('2023-01-19'), to: d('2023-01-24'), cat: ['march'], region: 'PE-PUN', lang: 'en', v: '1.1.0' },
      { from: d('2023-01-19'), to: d('2023-01-24') },
      { events: 12, deaths: 3 },
    );
    expect(m).toEqual({
      source: ATLAS,
      type: 'state',
      from: '2023-01-19',
      to: '2023-01-24',
      cat: ['march'],
      region: 'PE-PUN',
      event: null,
      lang: 'en',
      map: null,
      v: '1.1.0',
      events: 12,
      deaths: 3,
      search: '?from=2023-01-19&to=2023-01-24&cat=march&region=PE-PUN&lang=en&v=1.1.0',
    });
  });

  it('writes the whole period and all categories explicitly, the map as in links, never embed', () => {
    const m = stateMessage({ lang: 'es', map: { zoom: 6.5, lat: -12.5, lng: -75.5 }, embed: true }, bounds, {
      events: 300,
      deaths: 75,
    });
    expect(m.from).toBe('2022-12-07');
    expect(m.to).toBe('2023-03-31');
    expect(m.cat).toHaveLength(7);
    expect(m.map).toBe('6.5/-12.5/-75.5');
    expect(m.search).not.toContain('embed');
  });

  it('round-trips: a state message sent back as set changes nothing', () => {
    const u = {
      from: d('2023-01-19'),
      to: d('2023-01-24'),
      cat: ['march' as const],
      region: 'PE-PUN',
      lang: 'en' as const,
    };
    const m = stateMessage(u, { from: u.from, to: u.to }, { events: 1, deaths: 0 });
    expect(patchOf(decodeHostMessage({ ...m, target: ATLAS, type: 'set' }, bounds))).toEqual({
      from: u.from,
      to: u.to,
      cat: ['march'],
      region: 'PE-PUN',
      event: null,
      lang: 'en',
    });
  });
});

describe('height messages in the formats hosts listen for', () => {
  it('sends the atlas’s own message and AMP’s embed-size, and pym’s when pym made the frame', () => {
    expect(heightMessages(640.4, null)).toEqual([
      { source: ATLAS, type: 'height', height: 640 },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
    ]);
    expect(heightMessages(640, 'atlas-1')[2]).toBe('pymxPYMxatlas-1xPYMxheightxPYMx640');
  });

  it('builds and parses pym.js messages exactly as pym.js does', () => {
    expect(pymMessage('example', 'width', '600')).toBe('pymxPYMxexamplexPYMxwidthxPYMx600');
    expect(parsePymMessage('pymxPYMxexamplexPYMxwidthxPYMx600', 'example')).toEqual({ type: 'width', message: '600' });
    // pym's message part is `.*`: it may itself contain the delimiter.
    expect(parsePymMessage('pymxPYMxexamplexPYMxnavigateToxPYMxa xPYMx b', 'example')).toEqual({
      type: 'navigateTo',
      message: 'a xPYMx b',
    });
    expect(parsePymMessage('pymxPYMxotherxPYMxwidthxPYMx600', 'example')).toBeNull();
    expect(parsePymMessage('pymxPYMxexamplexPYMxwidth', 'example')).toBeNull();
    expect(parsePymMessage({ toString: () => 'pymxPYMxexamplexPYMxwidthxPYMx600' }, 'example')).toBeNull();
  });

  it('takes the pym child id from the childId parameter pym.Parent adds', () => {
    expect(pymChildId('?embed=1&initialWidth=600&childId=example&parentTitle=x')).toBe('example');
    expect(pymChildId('?embed=1')).toBeNull();
    expect(pymChildId('?childId=')).toBeNull();
    expect(pymChildId('?childId=a%20b')).toBeNull();
  });
});
