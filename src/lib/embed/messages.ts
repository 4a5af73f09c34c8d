/**
 * The messages an embedded atlas exchanges with the page around it (issue 6), as pure functions: what a host may
 * send (`set`, `get`), what the atlas sends back (`state`, `height`), and the height messages in the two formats
 * newsroom pages already listen for, so that an atlas dropped into a pym.js or AMP page resizes with no glue code.
 *
 * Formats, exactly as their libraries read them:
 * - pym.js child → parent (nprapps/pym.js src/pym.js, `_makeMessage`): the string
 *   `pym` + `xPYMx` + id + `xPYMx` + type + `xPYMx` + message, e.g. `pymxPYMxatlasxPYMxheightxPYMx640`. The id is
 *   the `childId` query parameter pym.Parent adds to the iframe's URL; the parent also sends `width` messages in
 *   the same shape, to which a child answers with its height.
 * - AMP `amp-iframe resizable`: `{ sentinel: 'amp', type: 'embed-size', height }`.
 * - The atlas's own: `{ source: 'peru-protest-atlas', type: 'height', height }` (and `type: 'state'`).
 *
 * Incoming `set` fields are decoded by the URL decoders (src/lib/url/url-state.ts): what a link may say, a host
 * may say, and anything a link would ignore is ignored here too.
 */
import { CATEGORIES, type Category } from '../data/schema';
import { formatDay, type Day } from '../time/days';
import type { DayRange } from '../time/range';
import { decodeUrlState, encodeUrlState, type Lang, type UrlState } from '../url/url-state';

/** The name in `target` (host → atlas) and `source` (atlas → host) of every message object. */
export const ATLAS = 'peru-protest-atlas';

const PYM = 'xPYMx';

/** A change a host asks for. `null` clears (region, event) or restores all categories (cat); absent = unchanged. */
export interface SetPatch {
  from?: Day;
  to?: Day;
  cat?: Category[] | null;
  region?: string | null;
  event?: string | null;
  lang?: Lang;
}

export type HostCommand = { type: 'set'; patch: SetPatch } | { type: 'get' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read a message from the host page. Returns null for anything that is not addressed to the atlas (other
 * libraries share the channel); inside a `set`, each invalid field is dropped on its own.
 *
 *   {"target":"peru-protest-atlas","type":"set","from":"2023-01-19","to":"2023-01-24","cat":["march"],
 *    "region":"PE-PUN","event":"<id>","lang":"en"}
 */
export function decodeHostMessage(data: unknown, bounds: DayRange): HostCommand | null {
  if (!isRecord(data) || data.target !== ATLAS) return null;
  if (data.type === 'get') return { type: 'get' };
  if (data.type !== 'set') return null;

  // Rebuild the query string a link would carry, so that the URL decoders judge every value.
  const q = new URLSearchParams();
  const text = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : undefined);
  for (const k of ['from', 'to', 'region', 'event', 'lang'] as const) {
    const v = text(k);
    if (v !== undefined) q.set(k, v);
  }
  const cat = data.cat;
  if (Array.isArray(cat)) q.set('cat', cat.length ? cat.filter((c) => typeof c === 'string').join(',') : 'none');
  else if (typeof cat === 'string') q.set('cat', cat);
  const u = decodeUrlState(q.toString(), bounds);

  const patch: SetPatch = {};
  if (u.from !== undefined) patch.from = u.from;
  if (u.to !== undefined) patch.to = u.to;
  if (u.cat !== undefined) patch.cat = u.cat;
  else if (cat === null) patch.cat = null;
  if (u.region !== undefined) patch.region = u.region;
  else if (data.region === null) patch.region = null;
  if (u.event !== undefined) patch.event = u.event;
  else if (data.event === null) patch.event = null;
  if (u.lang !== undefined) patch.lang = u.lang;
  return { type: 'set', patch };
}

/** What the atlas tells the host after each change: the view in `set`'s own terms, plus what it shows. */
export interface StateMessage {
  source: typeof ATLAS;
  type: 'state';
  from: string;
  to: string;
  cat: Category[];
  region: string | null;
  event: string | null;
  lang: Lang | null;
  /** Map view as in links (`zoom/lat/lng`), or null while the map shows the whole country. */
  map: string | null;
  /** Dataset version. */
  v: string | null;
  /** Events and deaths in the view, as the counts show them. */
  events: number;
  deaths: number;
  /** The full atlas's query string for this view (no `embed`), for a host that wants to link to it. */
  search: string;
}

/** The state message for a view. `range` is the resolved range (the URL state leaves out the defaults). */
export function stateMessage(u: UrlState, range: DayRange, totals: { events: number; deaths: number }): StateMessage {
  const map = u.map ? (new URLSearchParams(encodeUrlState({ map: u.map })).get('map') ?? null) : null;
  return {
    source: ATLAS,
    type: 'state',
    from: formatDay(range.from),
    to: formatDay(range.to),
    cat: u.cat ? [...u.cat] : [...CATEGORIES],
    region: u.region ?? null,
    event: u.event ?? null,
    lang: u.lang ?? null,
    map,
    v: u.v ?? null,
    events: totals.events,
    deaths: totals.deaths,
    search: encodeUrlState({ ...u, embed: undefined }),
  };
}

/** pym.js's message string (its `_makeMessage`). */
export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(PYM);
}

/** A pym.js message addressed to child `id` ({ type, message }), or null (its `_makeMessageRegex`). */
export function parsePymMessage(data: unknown, id: string): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const prefix = 'pym' + PYM + id + PYM;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const cut = rest.indexOf(PYM);
  if (cut <= 0) return null;
  const type = rest.slice(0, cut);
  // pym matches the type with \S+ and the message with .* (no line breaks).
  if (/\s/.test(type)) return null;
  const message = rest.slice(cut + PYM.length);
  return /[\n\r\u2028\u2029]/.test(message) ? null : { type, message };
}

/** pym.js's child id from the iframe's query string (`childId`), or null when pym did not make the frame. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  // The parent builds a RegExp from its id; an id that could not round-trip through it is not pym's.
  return id && id.length <= 200 && !/[\s]/.test(id) ? id : null;
}

/** The height in every format a host may listen for: the atlas's own, AMP's, and pym's when a pym id is known. */
export function heightMessages(height: number, childId: string | null): unknown[] {
  const h = Math.round(height);
  const out: unknown[] = [
    { source: ATLAS, type: 'height', height: h },
    { sentinel: 'amp', type: 'embed-size', height: h },
  ];
  if (childId !== null) out.push(pymMessage(childId, 'height', String(h)));
  return out;
}
