/**
 * Pure parts of the benchmark (scripts/bench.ts): statistics, the scripted scrub steps, classifying the files a
 * page fetched, the results' shape and the Markdown table. Tested in bench-lib.test.ts.
 */

export const SIZES = ['real', '10000', '100000'] as const;
export type SizeKey = string;

export interface Stat {
  median: number;
  p95: number;
  n: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PlayResult {
  /** Map frames per second while playing, with continuous repaint forced. */
  fps: number;
  /** Frames per second of the same view, not playing, with continuous repaint forced. */
  repaintFps: number;
  ratio: number;
  frame: Stat;
  repaintFrame: Stat;
  seconds: number;
}

export interface MemoryResult {
  /** Main-thread JS heap (bytes, after a forced GC) once the first frame with events is drawn and the map idle. */
  afterLoad: number;
  /** Halfway through play (when play runs in more than one segment). */
  midPlay?: number;
  /** The same after `seconds` of play. */
  afterPlay: number;
  growthPct: number;
  seconds: number;
}

export interface BytesResult {
  /** Main-thread JS of the production build: the entry and its static imports. */
  js: Bytes;
  /** Scripts loaded only by dynamic import(). */
  lazyJs: Bytes;
  worker: Bytes;
  css: Bytes;
  /** Font files the page fetched while loading (unique), and how many font requests it made. */
  fonts: Bytes & { files: number; requests: number };
  /** Data files the app fetched while loading. */
  data: Bytes & { files: number };
  geo: Bytes & { files: number };
  total: Bytes;
}

export interface BenchResults {
  meta: Record<string, unknown>;
  scrub: Record<SizeKey, Stat>;
  scrubIdle: Record<SizeKey, Stat>;
  repaint: Record<SizeKey, Stat>;
  setfilter: Record<SizeKey, Stat>;
  /** The plain repaint measured on the setFilter page after each of its steps. */
  setfilterRepaint: Record<SizeKey, Stat>;
  /** `load.bare` pools every bare load; `loadBare[size]` holds those interleaved with that size's loads. */
  load: Record<SizeKey, Stat>;
  loadBare: Record<SizeKey, Stat>;
  play: Record<SizeKey, PlayResult>;
  memory: Record<SizeKey, MemoryResult>;
  bytes: Record<SizeKey, BytesResult>;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Median and 95th percentile (nearest rank), rounded to 0.1 ms. */
export function stat(values: readonly number[]): Stat {
  if (!values.length) throw new Error('stat: no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  const p95 = s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
  return { median: r1(median), p95: r1(p95), n: s.length };
}

/**
 * The scripted scrub: `steps` inclusive day ranges stepping through [from, to] with a 7-day window, and some
 * resizes (every tenth step the window is 14 days, then 3, every twentieth 30), each different from the last.
 */
export function scrubPlan(from: number, to: number, steps: number): [number, number][] {
  const span = to - from + 1;
  const plan: [number, number][] = [];
  for (let i = 0; i < steps; i++) {
    const len = i % 20 === 19 ? 30 : i % 10 === 5 ? 14 : i % 10 === 9 ? 3 : 7;
    const room = Math.max(0, span - len);
    const start = from + (steps > 1 ? Math.round((i * room) / (steps - 1)) : 0);
    let range: [number, number] = [start, Math.min(to, start + len - 1)];
    const prev = plan[plan.length - 1];
    if (prev && prev[0] === range[0] && prev[1] === range[1])
      range = range[0] > from ? [range[0] - 1, range[1] - 1] : [range[0] + 1, range[1] + 1];
    plan.push(range);
  }
  return plan;
}

export type ResourceKind = 'js' | 'worker' | 'css' | 'font' | 'data' | 'geo' | 'html' | 'other';

/** What a fetched file is, from its path inside the build. */
export function classify(path: string): ResourceKind {
  const p = path.split('?')[0]!.toLowerCase();
  if (/\.(woff2?|ttf|otf)$/.test(p)) return 'font';
  if (/worker[^/]*\.m?js$/.test(p)) return 'worker';
  if (/\.m?js$/.test(p)) return 'js';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.html') || p.endsWith('/')) return 'html';
  if (p.startsWith('geo/') || p.includes('/geo/')) return 'geo';
  if (/\.(geojson|json|bin|arrow|pbf|csv)$/.test(p)) return 'data';
  return 'other';
}

/**
 * The scripts an HTML page loads up front, following static imports (`import … from "./x.js"`, `import "./x.js"`),
 * and those only reachable by dynamic `import("./x.js")`. `read` returns a built file's text by its path.
 */
export function scriptGraph(
  html: string,
  read: (path: string) => string | null,
): { eager: string[]; lazy: string[]; css: string[] } {
  const norm = (p: string) => p.replace(/^\.\//, '').replace(/^\//, '');
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const css = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.m?js)"/g)) eager.add(norm(m[1]!));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) eager.add(norm(m[1]!));
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(norm(m[1]!));
  const queue = [...eager];
  const seenLazy = new Set<string>();
  const dir = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
  while (queue.length) {
    const file = queue.shift()!;
    const text = read(file);
    if (text === null) continue;
    // Rolldown writes specifiers in quotes or, for dynamic imports, in backticks (`import(\`./x.js\`)`).
    for (const m of text.matchAll(/(?:import|from)\s*["'`]\.\/([^"'`]+\.m?js)["'`]/g)) {
      const dep = dir(file) + m[1]!;
      if (!eager.has(dep)) {
        eager.add(dep);
        queue.push(dep);
      }
    }
    for (const m of text.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.m?js)["'`]\s*\)/g)) seenLazy.add(dir(file) + m[1]!);
  }
  for (const l of seenLazy) if (!eager.has(l)) lazy.add(l);
  return {
    eager: [...eager].filter((f) => !/worker/i.test(f)),
    lazy: [...lazy].filter((f) => !/worker/i.test(f)),
    css: [...css],
  };
}

// ---------------------------------------------------------------------------------------------- table

const ms = (s: Stat | undefined) => (s ? `${fmt(s.median)} / ${fmt(s.p95)}` : '–');
function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1);
}
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
const kb = (b: Bytes | undefined) => (b ? `${fmt(b.raw / 1024)} / ${fmt(b.gzip / 1024)}` : '–');
const mb = (x: number | undefined) => (x === undefined ? '–' : (x / 1048576).toFixed(1));

/** The Markdown table printed by the bench and kept in the README. */
export function markdownTable(r: BenchResults, sizes: readonly string[]): string {
  const counts = (r.meta.events ?? {}) as Record<string, number>;
  const rows: [string, (s: string) => string][] = [
    ['events', (s) => (counts[s] ?? 0).toLocaleString('en-US')],
    ['scrub, ms (median / p95)', (s) => ms(r.scrub[s])],
    ['repaint, ms', (s) => ms(r.repaint[s])],
    ['setFilter scrub, ms', (s) => ms(r.setfilter[s])],
    ['**scrub / repaint** (median)', (s) => ratio(r.scrub[s]?.median, r.repaint[s]?.median)],
    ['**scrub / setFilter** (median)', (s) => ratio(r.scrub[s]?.median, r.setfilter[s]?.median)],
    ['scrub until map idle, ms', (s) => ms(r.scrubIdle[s])],
    ['load to first events frame, ms', (s) => ms(r.load[s])],
    ['bare MapLibre page load, ms', (s) => ms(r.loadBare[s] ?? r.load.bare)],
    ['**load / bare MapLibre** (median)', (s) => ratio(r.load[s]?.median, (r.loadBare[s] ?? r.load.bare)?.median)],
    [
      'play: map fps / repaint-loop fps',
      (s) => (r.play[s] ? `${fmt(r.play[s].fps)} / ${fmt(r.play[s].repaintFps)}` : '–'),
    ],
    ['**play fps ratio**', (s) => (r.play[s] ? `${r.play[s].ratio.toFixed(2)}×` : '–')],
    ['play frame time, ms (median / p95)', (s) => ms(r.play[s]?.frame)],
    ['JS heap after load / after play, MB', (s) => `${mb(r.memory[s]?.afterLoad)} / ${mb(r.memory[s]?.afterPlay)}`],
    [
      '**heap growth** during play',
      (s) => (r.memory[s] ? `${r.memory[s].growthPct >= 0 ? '+' : ''}${r.memory[s].growthPct.toFixed(1)}%` : '–'),
    ],
    ['main-thread JS, KB (raw / gzip)', (s) => kb(r.bytes[s]?.js)],
    ['worker JS, KB', (s) => kb(r.bytes[s]?.worker)],
    ['CSS, KB', (s) => kb(r.bytes[s]?.css)],
    [
      'fonts, KB (requests)',
      (s) =>
        r.bytes[s]
          ? `${kb(r.bytes[s].fonts)} (${r.bytes[s].fonts.files} files, ${r.bytes[s].fonts.requests} req.)`
          : '–',
    ],
    ['data, KB', (s) => kb(r.bytes[s]?.data)],
    ['geo, KB', (s) => kb(r.bytes[s]?.geo)],
    ['total, KB', (s) => kb(r.bytes[s]?.total)],
  ];
  const head = `| | ${sizes.join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|`;
  const body = rows.map(([label, f]) => `| ${label} | ${sizes.map(f).join(' | ')} |`).join('\n');
  const bare = r.load.bare
    ? `\n\nBare MapLibre page (regions only), load to first frame, all runs: ${ms(r.load.bare)} ms.`
    : '';
  const m = r.meta as { machine?: { cpus?: number }; loadAverage?: { median: number; max: number } };
  const busy =
    m.loadAverage && m.machine?.cpus && m.loadAverage.median > m.machine.cpus
      ? `\n\nThe machine was busy (1-min load average median ${m.loadAverage.median}, max ${m.loadAverage.max.toFixed(1)}, on ${m.machine.cpus} CPUs): absolute times are inflated and noisy (scrub and repaint are measured interleaved, step by step, so their ratio suffers least).`
      : '';
  return `${head}\n${body}${bare}${busy}`;
}
