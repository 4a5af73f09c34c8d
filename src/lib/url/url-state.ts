/**
 * The query string as a declared schema (the idea of TimeMap's urlState schema, without its bugs): every key has
 * a pure decode that returns undefined for anything invalid, and an encode. Invalid values are dropped or
 * clamped, never thrown; keys this app does not own are kept untouched so that a host page's own parameters
 * (utm_*, etc.) survive our replaceState calls. New keys (region, embed, story…) are one entry each.
 *
 *   ?from=2023-01-15&to=2023-01-22&cat=march,repression&event=2023-01-19-lima-toma-de-lima&lang=en&map=6.2/-13.5/-72.1
 */
import { CATEGORIES, REGIONS, type Category } from '../data/schema';
import { formatDay, parseDay, type Day } from '../time/days';
import { clampRange, type DayRange } from '../time/range';
import { SHADE_MODES, type ShadeMode } from '../geo/choropleth';

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface UrlState {
  from?: Day;
  to?: Day;
  /** Selected categories; absent = all. */
  cat?: Category[];
  /** Region focus: an ISO 3166-2:PE code. */
  region?: string;
  event?: string;
  lang?: Lang;
  map?: MapView;
  /** Dataset version the link was made on (links that stay true). */
  v?: string;
  /** Issue 6, guided stories: the story's id (data/stories/<id>.json) and its step, counted from 1. */
  story?: string;
  step?: number;
  /** Region shading (choropleth) measure; absent = off. */
  shade?: ShadeMode;
  /** Embed mode (`embed=1`): the compact layout for articles (issue 6). */
  embed?: boolean;
}

/** Where the map may be pointed from a URL: Peru and its surroundings. */
export const VIEW_LIMITS = { minZoom: 3, maxZoom: 14, south: -25, north: 5, west: -90, east: -60 };

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Decimal places that keep a map position exact to about a pixel at this zoom (as maplibre-gl's hash does). */
export function precisionFor(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

interface Param<T> {
  decode(raw: string): T | undefined;
  encode(value: T): string | undefined;
}

const dayParam: Param<Day> = {
  decode: (raw) => parseDay(raw.trim()) ?? undefined,
  encode: (d) => formatDay(d),
};

const catParam: Param<Category[]> = {
  decode(raw) {
    if (raw.trim().toLowerCase() === 'none') return [];
    const picked = raw
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s): s is Category => (CATEGORIES as readonly string[]).includes(s));
    // Keep the canonical order so that equal selections give equal URLs.
    const set = new Set(picked);
    return set.size ? CATEGORIES.filter((c) => set.has(c)) : undefined;
  },
  encode(cats) {
    if (cats.length === CATEGORIES.length) return undefined;
    if (cats.length === 0) return 'none';
    return CATEGORIES.filter((c) => cats.includes(c)).join(',');
  },
};

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const eventParam: Param<string> = {
  decode(raw) {
    const id = raw.trim();
    return id.length <= 120 && ID_RE.test(id) ? id : undefined;
  },
  encode: (id) => id,
};

const regionParam: Param<string> = {
  decode: (raw) => {
    const code = raw.trim().toUpperCase();
    return Object.prototype.hasOwnProperty.call(REGIONS, code) ? code : undefined;
  },
  encode: (code) => code,
};

const shadeParam: Param<ShadeMode> = {
  decode: (raw) => {
    const m = raw.trim().toLowerCase();
    return (SHADE_MODES as readonly string[]).includes(m) && m !== 'off' ? (m as ShadeMode) : undefined;
  },
  encode: (m) => (m === 'off' ? undefined : m),
};

const VERSION_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const versionParam: Param<string> = {
  decode: (raw) => (VERSION_RE.test(raw.trim()) ? raw.trim() : undefined),
  encode: (v) => v,
};

/**
 * Story steps are counted from 1 in links, as readers count them; a story has at most 99 (data/README.md), so a
 * larger step is read as 99: past the story's end, which the reader shows as its last step (README).
 */
const MAX_STEP = 99;
const stepParam: Param<number> = {
  decode: (raw) => (/^\d{1,9}$/.test(raw.trim()) && Number(raw) >= 1 ? Math.min(MAX_STEP, Number(raw)) : undefined),
  encode: (n) => String(n),
};

const langParam: Param<Lang> = {
  decode: (raw) =>
    (LANGS as readonly string[]).includes(raw.trim().toLowerCase()) ? (raw.trim().toLowerCase() as Lang) : undefined,
  encode: (l) => l,
};

const DECIMAL_RE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const mapParam: Param<MapView> = {
  decode(raw) {
    // Plain decimals only: Number() would also take "0x10", "1e3" or "Infinity".
    const texts = raw.split('/').map((s) => s.trim());
    if (texts.length !== 3 || !texts.every((t) => DECIMAL_RE.test(t))) return undefined;
    const parts = texts.map(Number);
    if (!parts.every(Number.isFinite)) return undefined;
    const [zoom, lat, lng] = parts as [number, number, number];
    const L = VIEW_LIMITS;
    return {
      zoom: clamp(zoom, L.minZoom, L.maxZoom),
      lat: clamp(lat, L.south, L.north),
      lng: clamp(lng, L.west, L.east),
    };
  },
  encode({ zoom, lat, lng }) {
    const p = precisionFor(zoom);
    const round = (n: number, d: number) => String(Number(n.toFixed(d)));
    return `${round(zoom, 2)}/${round(lat, p)}/${round(lng, p)}`;
  },
};

/** A switch: `1`, `true` or `yes` turn it on; anything else is ignored (absent = off). */
const flagParam: Param<boolean> = {
  decode: (raw) => (['1', 'true', 'yes'].includes(raw.trim().toLowerCase()) ? true : undefined),
  encode: (on) => (on ? '1' : undefined),
};

/** The schema: order here is the order keys appear in URLs. */
const SCHEMA = {
  from: dayParam,
  to: dayParam,
  cat: catParam,
  region: regionParam,
  event: eventParam,
  lang: langParam,
  map: mapParam,
  v: versionParam,
  story: eventParam,
  step: stepParam,
  shade: shadeParam,
  embed: flagParam,
} as const;
type Key = keyof typeof SCHEMA;
const KEYS = Object.keys(SCHEMA) as Key[];

/**
 * Read our keys from a query string. `bounds` clamps the day range into the dataset's period; a reversed range
 * is put in order. Unknown keys and invalid values are ignored; of a key given twice, the first one counts.
 */
export function decodeUrlState(search: string, bounds: DayRange): UrlState {
  const params = new URLSearchParams(search);
  const out: UrlState = {};
  for (const key of KEYS) {
    const raw = params.get(key);
    if (raw === null) continue;
    const value = SCHEMA[key].decode(raw);
    if (value !== undefined) (out as Record<Key, unknown>)[key] = value;
  }
  if (out.from !== undefined && out.to !== undefined) {
    const r = clampRange({ from: out.from, to: out.to }, bounds);
    out.from = r.from;
    out.to = r.to;
  } else if (out.from !== undefined) out.from = clamp(out.from, bounds.from, bounds.to);
  else if (out.to !== undefined) out.to = clamp(out.to, bounds.from, bounds.to);
  return out;
}

/**
 * Write our keys into a query string, keeping any foreign parameters of `previous` in place. Keys whose value
 * is undefined (or the default) are removed.
 */
export function encodeUrlState(state: UrlState, previous = ''): string {
  const params = new URLSearchParams(previous);
  for (const key of KEYS) params.delete(key);
  for (const key of KEYS) {
    const value = state[key];
    if (value === undefined) continue;
    const encoded = (SCHEMA[key] as Param<unknown>).encode(value);
    if (encoded !== undefined) params.set(key, encoded);
  }
  // URLSearchParams escapes "/" and ","; they are legal in a query and keep links readable.
  const s = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
