/**
 * Seeded generator of hostile query strings for the URL fuzz tests (issue 11, point 3): for every parameter the
 * atlas reads or will read (from, to, cat, event, lang, map, and v, embed, region, story, step), valid values
 * mixed with random, truncated, oversized, wrong-typed and script-bearing ones; duplicated and look-alike keys;
 * broken and double percent-encoding; odd separators. The same seed gives the same cases, so a failure is
 * reproducible: the failing case prints its seed and index.
 */

/** mulberry32: a small, fast, good-enough PRNG with a 32-bit seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Set by any payload that runs; the tests assert it never is. */
export const PWN_FLAG = '__pwned';

/** Values that try to become markup or script somewhere; each carries "pwn" so the tests can look for it. */
export const SCRIPT_VALUES = [
  `<script>window.${PWN_FLAG}=1</script>`,
  `"><img src=x onerror="window.${PWN_FLAG}=1" data-pwn>`,
  `'><svg/onload=window.${PWN_FLAG}=1 data-pwn>`,
  `javascript:window.${PWN_FLAG}=1//pwn`,
  `</title><pwn-x data-pwn>`,
  `{{constructor.constructor('window.${PWN_FLAG}=1')()}}pwn`,
  '${window.' + PWN_FLAG + '=1}pwn',
  `<iframe srcdoc="<script>parent.${PWN_FLAG}=1</script>" data-pwn>`,
  `%3Cscript%3Ewindow.${PWN_FLAG}=1%3C/script%3Epwn`,
  `%253Cimg%2520src%253Dx%2520onerror%253Dwindow.${PWN_FLAG}%253D1%2520data-pwn%253E`,
  `data:text/html,<script>window.${PWN_FLAG}=1</script>pwn`,
  `2023-01-15<pwn-x data-pwn>`,
  `march,<b data-pwn>repression</b>`,
  `6/-12/-75<img data-pwn>`,
];

const WRONG_TYPED = [
  '',
  ' ',
  '0',
  '-0',
  '1',
  '-1',
  '45000',
  '19372',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '0b11',
  '1_000',
  'true',
  'false',
  'null',
  'undefined',
  '[]',
  '{}',
  '{"from":"2023-01-01"}',
  '["march"]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '2023-01-15T00:00:00Z',
  '2023/01/15',
  '15-01-2023',
  '2023-1-5',
  '+02023-01-15',
  '２０２３-０１-１５',
  '2023-02-29',
  '2024-02-29',
  '0000-01-01',
  '9999-12-31',
  '1970-01-01',
];

const BROKEN_ENCODING = [
  '%',
  '%%',
  '%2',
  '%ZZ',
  '%E0%A4%A',
  '%C0%AF',
  '%FF%FE',
  '%00',
  '%0A',
  '%0D%0A',
  '%u003C',
  '%F0%9F%98',
  '+',
  '%2B',
  '%26',
  '%3D',
  '%23',
];

const RANDOM_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789-_.,/:;!~*\'()[]{}|^`$@<>"\\ ',
  'é',
  'ñ',
  'Ω',
  '中',
  'ع',
  'א',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '✊🏽',
  '🇵🇪',
  '\uD800',
  '&',
  '=',
  '#',
  '?',
  '%',
];

const CATEGORY_WORDS = [
  'blockade',
  'march',
  'strike',
  'repression',
  'emergency',
  'political',
  'other',
  'none',
  'riot',
  'MARCH',
  ' march ',
  '',
];

/** Parameters the atlas reads today or will read soon. */
export const PARAMS = ['from', 'to', 'cat', 'event', 'lang', 'map', 'v', 'embed', 'region', 'story', 'step'] as const;

export interface FuzzContext {
  /** Real event ids, so that some links open an event. */
  eventIds: readonly string[];
}

/**
 * `maxLength` caps a whole link: web servers refuse longer request lines (Node 16 KB of headers, nginx 8 KB by
 * default), so links that travel to a server must stay under it; links set in place with history may be longer.
 */
export function makeGenerator(seed: number, ctx: FuzzContext, maxLength = Infinity) {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => r() < p;
  const day = (lo: number, hi: number) => {
    const t = Date.UTC(2022, 11, 7) + (lo + int(hi - lo)) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  };

  function validValue(key: (typeof PARAMS)[number]): string {
    switch (key) {
      case 'from':
      case 'to':
        return chance(0.8) ? day(0, 115) : day(-400, 600);
      case 'cat': {
        const n = 1 + int(4);
        return Array.from({ length: n }, () => pick(CATEGORY_WORDS)).join(',');
      }
      case 'event':
        return chance(0.85) && ctx.eventIds.length ? pick(ctx.eventIds) : `2023-01-${10 + int(20)}-no-such-event`;
      case 'lang':
        return pick(['es', 'en', 'EN', ' es', 'fr', 'es-PE', 'en-GB', 'qu', 'ay']);
      case 'map': {
        const z = (r() * 20 - 2).toFixed(int(4));
        const lat = (r() * 200 - 100).toFixed(int(6));
        const lng = (r() * 400 - 200).toFixed(int(6));
        return chance(0.5)
          ? `${(3 + r() * 8).toFixed(2)}/${(-3 - r() * 15).toFixed(3)}/${(-70 - r() * 10).toFixed(3)}`
          : `${z}/${lat}/${lng}`;
      }
      case 'v':
        return pick(['1.0.0', '1.0', '2.0.0', 'latest', '../1.0.0', '1.0.0/../../etc/passwd']);
      case 'embed':
        return pick(['1', '0', 'true', 'yes', 'compact']);
      case 'region':
        return pick(['puno', 'PUN', 'cusco', 'ayacucho', 'lima', 'apurimac', 'puno,cusco', 'PE-PUN']);
      case 'story':
        return pick(['toma-de-lima', 'juliaca', 'intro', '1']);
      case 'step':
        return String(int(12) - 2);
    }
  }

  function randomString(max: number): string {
    const n = int(max);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(RANDOM_CHARS);
    return s;
  }

  function value(key: (typeof PARAMS)[number]): string {
    const kind = int(10);
    const v = validValue(key);
    switch (kind) {
      case 0:
        return randomString(24);
      case 1:
        return v.slice(0, int(v.length + 1)); // truncated
      case 2:
        return (v || 'x').repeat(200 + int(2000)).slice(0, 2000 + int(18_000)); // oversized
      case 3:
        return pick(WRONG_TYPED);
      case 4:
        return pick(SCRIPT_VALUES);
      case 5:
        return v.slice(0, int(v.length + 1)) + pick(BROKEN_ENCODING) + v.slice(int(v.length + 1));
      case 6:
        return encodeURIComponent(chance(0.5) ? v : encodeURIComponent(v)); // encoded once or twice
      default:
        return v;
    }
  }

  const KEY_VARIANTS = (key: string) => [
    key,
    key,
    key,
    key,
    key.toUpperCase(),
    ` ${key}`,
    `${key}[]`,
    `%${key.charCodeAt(0).toString(16)}${key.slice(1)}`,
    `${key}%00`,
    `${key}.`,
  ];

  /** One query string (without the leading "?" when `bare`), and sometimes a hash. */
  function next(): string {
    const parts: string[] = [];
    const keys = PARAMS.filter(() => chance(0.45));
    if (chance(0.15)) keys.push(pick(PARAMS), pick(PARAMS)); // duplicated keys
    for (const key of keys) {
      const k = chance(0.85) ? key : pick(KEY_VARIANTS(key));
      const v = value(key);
      parts.push(chance(0.03) ? k : `${k}=${v}`);
    }
    if (chance(0.2)) parts.push(`utm_source=${chance(0.5) ? 'newsletter' : value('event')}`);
    if (chance(0.05)) parts.push(pick(['', '=', '&', '==x', '=x']));
    if (chance(0.1)) parts.splice(int(parts.length + 1), 0, `${randomString(8)}=${randomString(16)}`);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    const sep = chance(0.05) ? pick([';', '&&', '&amp;']) : '&';
    let q = parts.join(sep);
    if (chance(0.05)) q = q.slice(0, int(q.length + 1)); // a link cut off mid-way
    const hash = chance(0.05) ? `#${pick(SCRIPT_VALUES)}` : '';
    return `?${chance(0.03) ? '?' : ''}${q}${hash}`;
  }

  function nextWithin(): string {
    for (;;) {
      const link = next();
      if (link.length <= maxLength) return link;
    }
  }

  return { next: nextWithin };
}
