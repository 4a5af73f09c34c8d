/**
 * npm run bench — measures the production build of the app in Debian's Chromium (the browser tests' flags), with
 * the real dataset and synthetic ones (scripts/synth-data.ts), and writes bench/results.json plus a Markdown
 * table. The app is measured only through `window.__atlasBench` (src/components/map/bench-hook.ts), compiled in
 * by `VITE_BENCH=1`; the reference pages (bench/pages/) expose the same hook.
 *
 *   npm run bench                                  real, 10000 and 100000 events; 60 scrub steps; 2 min of play
 *   npm run bench -- --sizes real,10000            some sizes only
 *   npm run bench -- --smoke                       real data, few steps, short play (npm test runs this)
 *   options: --steps N  --loads N  --play-seconds S  --repaint-seconds S  --out FILE  --no-build  --seed S
 *            --prod-dist DIR (read JS/CSS/worker bytes from an existing production build, e.g. dist/)
 *
 * What it builds (all under bench/dist/, git-ignored; dist/ and the production build are not touched):
 *   prod/      a plain production build: main-thread JS, worker and CSS bytes, and a check that the hook is absent
 *   <size>/    VITE_BENCH=1 builds with VITE_DATASET_URL pointing at that size's dataset, plus bench/pages/
 * Each is served by Vite's preview server (as in tests/e2e/global-setup.ts) on its own port.
 *
 * Per size: load (navigation → first frame with events, fresh context each time; the bare page after each),
 * scrub/repaint/scrubIdle on one page and setfilter on the reference page over the same scripted steps,
 * play fps and memory on a fresh page (heap after load, then after --play-seconds of play), bytes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../tests/e2e/chromium';
import {
  classify,
  markdownTable,
  scriptGraph,
  scrubPlan,
  stat,
  type BenchResults,
  type Bytes,
  type BytesResult,
  type MemoryResult,
  type PlayResult,
} from './bench-lib';
import { DEFAULT_SEED } from './synth-data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(root, 'bench');
const VIEWPORT = { width: 1280, height: 800 };

interface Options {
  sizes: string[];
  steps: number;
  warmup: number;
  loads: number;
  playSeconds: number;
  repaintSeconds: number;
  out: string;
  build: boolean;
  seed: number;
  smoke: boolean;
  /** An existing production build to read the JS/CSS/worker bytes from instead of building bench/dist/prod. */
  prodDist: string | null;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      steps: { type: 'string' },
      loads: { type: 'string' },
      'play-seconds': { type: 'string' },
      'repaint-seconds': { type: 'string' },
      out: { type: 'string' },
      'no-build': { type: 'boolean' },
      seed: { type: 'string' },
      smoke: { type: 'boolean' },
      'prod-dist': { type: 'string' },
    },
  });
  const smoke = !!values.smoke;
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const o: Options = {
    smoke,
    sizes: (values.sizes ?? (smoke ? 'real' : 'real,10000,100000')).split(',').map((s) => s.trim()),
    steps: num(values.steps, smoke ? 4 : 60),
    warmup: smoke ? 1 : 3,
    loads: num(values.loads, smoke ? 1 : 7),
    playSeconds: num(values['play-seconds'], smoke ? 2 : 120),
    repaintSeconds: num(values['repaint-seconds'], smoke ? 1 : 30),
    // The smoke run never overwrites the kept figures.
    out: values.out ?? join(root, smoke ? 'test-results/bench-smoke/results.json' : 'bench/results.json'),
    build: !values['no-build'],
    seed: num(values.seed, DEFAULT_SEED),
    prodDist: values['prod-dist'] ? join(root, values['prod-dist']) : null,
  };
  for (const s of o.sizes)
    if (s !== 'real' && !(Number.isInteger(Number(s)) && Number(s) > 0)) throw new Error(`--sizes: bad size "${s}"`);
  for (const [k, v] of Object.entries({ steps: o.steps, loads: o.loads, playSeconds: o.playSeconds }))
    if (!(v > 0)) throw new Error(`--${k} must be a positive number`);
  return o;
}

const log = (...a: unknown[]) => console.log('[bench]', ...a);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

// ---------------------------------------------------------------------------------------------- data & builds

/** bench/data/<n>/events.geojson, regenerated only when the generator, its profile, the seed or n change. */
function ensureSynthetic(size: number, seed: number): string {
  const file = join(BENCH_DIR, `data/${size}/events.geojson`);
  const keyFile = join(BENCH_DIR, `data/${size}/key`);
  const hash = createHash('sha1');
  for (const f of ['scripts/synth-data.ts', 'scripts/synth-text.ts', 'scripts/synth-profile.json'])
    hash.update(readFileSync(join(root, f)));
  const key = `${hash.update(`${seed}/${size}`).digest('hex')}\n`;
  if (existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) return file;
  log(`generating ${size} synthetic events (seed ${seed})…`);
  run(join(root, 'node_modules/.bin/tsx'), ['scripts/synth-data.ts', '--size', String(size), '--seed', String(seed)], {
    ...process.env,
    NODE_OPTIONS: '--max-old-space-size=8192',
  });
  writeFileSync(keyFile, key);
  return file;
}

function viteBuild(outDir: string, env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.VITE_BENCH;
  delete clean.VITE_DATASET_URL;
  run(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    ...clean,
    ...env,
  });
}

function distDir(size: string) {
  return join(BENCH_DIR, 'dist', size);
}

function buildAll(o: Options) {
  log('compiling the real dataset (npm run build:data)…');
  run(join(root, 'node_modules/.bin/tsx'), ['scripts/build-data.ts']);
  if (!o.prodDist) {
    log('production build → bench/dist/prod');
    viteBuild(join(BENCH_DIR, 'dist/prod'), {});
  }
  for (const size of o.sizes) {
    const out = distDir(size);
    if (size === 'real') {
      log('bench build (real data) → bench/dist/real');
      viteBuild(out, { VITE_BENCH: '1' });
    } else {
      const data = ensureSynthetic(Number(size), o.seed);
      const url = `synthetic/${size}/events.geojson`;
      log(`bench build (${size} events) → bench/dist/${size}`);
      viteBuild(out, { VITE_BENCH: '1', VITE_DATASET_URL: url });
      mkdirSync(dirname(join(out, url)), { recursive: true });
      // The app loads the compact core first and detail chunks on demand (docs/design.md): written beside the
      // full events.geojson (which the setFilter reference page loads), as the data build does for the real data.
      run(join(root, 'node_modules/.bin/tsx'), ['scripts/emit-app-data.ts', data, dirname(join(out, url))], {
        ...process.env,
        NODE_OPTIONS: '--max-old-space-size=8192',
      });
    }
  }
}

function checkProdBuild(dir: string) {
  const assets = join(dir, 'assets');
  for (const f of readdirSync(assets))
    if (f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('__atlasBench'))
      throw new Error(`the production build contains the bench hook (${f}): it must be tree-shaken`);
}

// ---------------------------------------------------------------------------------------------- browser

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/** Time limit for anything one page does (a 100,000-event load takes a while on software WebGL). */
const PAGE_TIMEOUT = 600_000;

function withTimeout<T>(p: Promise<T>, what: string, ms = PAGE_TIMEOUT): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
    }),
  ]);
}

/** Opens a page in a fresh context (cold cache) and waits for the hook's first frame with events. */
async function open(browser: Browser, url: string): Promise<Opened> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'es-PE',
    timezoneId: 'America/Lima',
  });
  // tsx keeps function names with an `__name` helper that page.evaluate would otherwise not find.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: PAGE_TIMEOUT, polling: 100 });
  await withTimeout(
    page.evaluate(() => window.__atlasBench!.ready),
    `first frame of ${url}`,
  );
  return { context, page, requests, errors };
}

async function firstFrame(page: Page): Promise<number> {
  return page.evaluate(() => window.__atlasBench!.firstEventsFrame!);
}

async function idle(page: Page) {
  await withTimeout(
    page.evaluate(() => window.__atlasBench!.idle()),
    'map idle',
  );
}

/**
 * Waits until the app says its first load is done (`data-idle` on the map, as the browser tests wait: the map idle
 * after the labels were placed around the events' groups, work that follows the first events frame).
 */
async function settled(page: Page) {
  await withTimeout(
    page.waitForSelector('[data-testid="map"][data-idle="true"]', { state: 'attached', timeout: PAGE_TIMEOUT }),
    'app settled',
  );
}

interface View {
  w: number;
  h: number;
  lng: number;
  lat: number;
  zoom: number;
}

async function mapView(page: Page): Promise<View> {
  return page.evaluate(() => {
    const m = window.__atlasBench!.map;
    const r = m.getContainer().getBoundingClientRect();
    const c = m.getCenter();
    return { w: Math.round(r.width), h: Math.round(r.height), lng: c.lng, lat: c.lat, zoom: m.getZoom() };
  });
}

const viewQuery = (v: View) => `?w=${v.w}&h=${v.h}&lng=${v.lng}&lat=${v.lat}&zoom=${v.zoom}`;

/** Quiet time before each timed action of a scrub step. */
const SETTLE_MS = 100;

interface StepTimes {
  scrub: number;
  idle: number;
  repaint: number;
}

/**
 * The scripted scrub on each page's hook, the pages taking turns step by step (so that a change in the machine's
 * load hits them alike): each step's range change, the map's idle after it, then a plain repaint.
 */
async function scrubSteps(pages: Page[], steps: [number, number][], warmup: number): Promise<StepTimes[][]> {
  const out: StepTimes[][] = pages.map(() => []);
  for (const [i, range] of steps.entries()) {
    for (const [k, page] of pages.entries()) {
      const t = await withTimeout(
        page.evaluate(
          async ([a, b, settle]) => {
            const h = window.__atlasBench!;
            // Both timed actions start from the same state: the map idle for `settle` ms, no frame in flight
            // (started right at the `idle` event, a repaint would also pay for the rest of that frame), and no
            // frame still queued for the GPU: two animation frames are awaited last, and the browser runs them
            // only once the frames before have been drawn (issue 10: on software WebGL the GPU thread finishes a
            // frame long after the main thread; without this wait, whichever action came second paid for the
            // first one's GPU work, e.g. a repaint after a scrub whose side panel was redrawn a frame later).
            const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
            const quiet = async () => {
              await h.idle();
              await new Promise((r) => setTimeout(r, settle));
              await frame();
              await frame();
            };
            h.pause();
            await quiet();
            const t0 = performance.now();
            const t1 = await h.setRange(a, b);
            const t2 = await h.idle();
            await quiet();
            const t3 = performance.now();
            const t4 = await h.repaint();
            return { scrub: t1 - t0, idle: t2 - t0, repaint: t4 - t3 };
          },
          [...range, SETTLE_MS] as const,
        ),
        `scrub step ${i}`,
      );
      if (i >= warmup) out[k]!.push(t);
    }
  }
  return out;
}

/**
 * Frame times (performance.now() of each map `render`) over `ms` with continuous repaint, playing or not.
 * `fromStart` first sets the play window to the first week; otherwise the current range is kept (and play goes
 * on from it).
 */
async function frames(page: Page, ms: number, playing: boolean, fromStart: boolean): Promise<number[]> {
  return withTimeout(
    page.evaluate(
      async ([ms, playing, fromStart]) => {
        const h = window.__atlasBench!;
        const m = h.map;
        const start = () => h.setRange(h.bounds.from, h.bounds.from + 6);
        if (fromStart) await start();
        await h.idle();
        const times: number[] = [];
        const on = () => times.push(performance.now());
        m.on('render', on);
        m.repaint = true;
        if (playing) h.play();
        const t0 = performance.now();
        while (performance.now() - t0 < ms) {
          await new Promise((r) => setTimeout(r, 200));
          // Play stops at the end of the period: start again from the beginning.
          if (playing && !h.playing) {
            await start();
            h.play();
          }
        }
        h.pause();
        m.repaint = false;
        m.off('render', on);
        return times;
      },
      [ms, playing, fromStart] as const,
    ),
    'frame counting',
    ms + PAGE_TIMEOUT,
  );
}

/** Frames per second over several recorded segments, and every interval between frames. */
function fpsOf(segments: number[][]): { fps: number; intervals: number[] } {
  let frames = 0;
  let span = 0;
  const intervals: number[] = [];
  for (const times of segments) {
    if (times.length < 2) continue;
    frames += times.length - 1;
    span += times[times.length - 1]! - times[0]!;
    intervals.push(...times.slice(1).map((t, i) => t - times[i]!));
  }
  return { fps: span > 0 ? (frames * 1000) / span : 0, intervals };
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

// ---------------------------------------------------------------------------------------------- bytes

function bytesOf(path: string): Bytes {
  const buf = readFileSync(path);
  return { raw: buf.length, gzip: gzipSync(buf).length };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

function prodBytes(dir: string) {
  const read = (p: string) => (existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : null);
  const graph = scriptGraph(readFileSync(join(dir, 'index.html'), 'utf8'), read);
  const sum = (files: string[]) => files.reduce((s, f) => add(s, bytesOf(join(dir, f))), ZERO);
  const workers = readdirSync(join(dir, 'assets'))
    .filter((f) => classify(f) === 'worker')
    .map((f) => `assets/${f}`);
  return { js: sum(graph.eager), lazyJs: sum(graph.lazy), css: sum(graph.css), worker: sum(workers) };
}

/** Sizes of what the page fetched while loading, read from the build it was served from. */
function fetchedBytes(requests: string[], origin: string, dir: string) {
  const paths = requests
    .filter((u) => u.startsWith(origin))
    .map((u) => decodeURIComponent(new URL(u).pathname.replace(/^\//, '')));
  const of = (kind: string) => paths.filter((p) => classify(p) === kind);
  const unique = (ps: string[]) => [...new Set(ps)].filter((p) => existsSync(join(dir, p)));
  const sum = (ps: string[]) => unique(ps).reduce((s, p) => add(s, bytesOf(join(dir, p))), ZERO);
  return {
    fonts: { ...sum(of('font')), files: unique(of('font')).length, requests: of('font').length },
    data: { ...sum(of('data')), files: unique(of('data')).length },
    geo: { ...sum(of('geo')), files: unique(of('geo')).length },
  };
}

// ---------------------------------------------------------------------------------------------- main

async function serve(dir: string): Promise<PreviewServer> {
  return preview({
    configFile: false,
    root,
    base: './',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
}

function gitCommit(): string {
  const r = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}

export async function bench(o: Options): Promise<BenchResults> {
  // The machine may be shared: the 1-minute load average is sampled all along and kept with the results.
  const load: number[] = [];
  const sampler = setInterval(() => load.push(loadavg()[0]!), 5000);
  sampler.unref();
  // The commit the builds are made from (a run takes long enough for more commits to land before it ends).
  const commit = gitCommit();
  if (o.build) buildAll(o);
  const prodDir = o.prodDist ?? join(BENCH_DIR, 'dist/prod');
  checkProdBuild(prodDir);
  const prod = prodBytes(prodDir);

  const results: BenchResults = {
    meta: {},
    scrub: {},
    scrubIdle: {},
    repaint: {},
    setfilter: {},
    setfilterRepaint: {},
    load: {},
    loadBare: {},
    play: {},
    memory: {},
    bytes: {},
  };
  const events: Record<string, number> = {};
  const errors: string[] = [];
  const browser = await launch(['--enable-precise-memory-info']);
  /** Fills in meta and the pooled bare loads; the file is written after each size, so a crash keeps the rest. */
  const finish = () => {
    if (bareLoads.length) results.load.bare = stat(bareLoads);
    const loads = [...load, loadavg()[0]!];
    results.meta = {
      date: new Date().toISOString(),
      commit,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', memGB: Math.round(totalmem() / 2 ** 30) },
      loadAverage: { median: stat(loads).median, max: Math.max(...loads), samples: loads.length },
      node: process.version,
      chromium: browser.version(),
      viewport: VIEWPORT,
      webgl: 'SwiftShader (software)',
      options: { ...o, out: relative(root, o.out), prodDist: o.prodDist && relative(root, o.prodDist) },
      events,
      timeUnit: 'ms',
      memoryUnit: 'bytes (main-thread JS heap after HeapProfiler.collectGarbage, Runtime.getHeapUsage)',
      gzip: 'zlib default level (6)',
      errors,
    };
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(o.out, JSON.stringify(results, null, 2) + '\n');
  };
  const bareLoads: number[] = [];
  try {
    for (const size of o.sizes) {
      const dir = distDir(size);
      if (!existsSync(join(dir, 'bench/pages/bare.html')))
        throw new Error(`${relative(root, dir)} is missing or not a bench build: run without --no-build`);
      const server = await serve(dir);
      const base = server.resolvedUrls!.local[0]!;
      const origin = new URL(base).origin;
      try {
        // Load: navigation → first frame with events, each in a fresh context.
        const loads: number[] = [];
        let view: View | null = null;
        let fetched: ReturnType<typeof fetchedBytes> | null = null;
        const bare: number[] = [];
        for (let i = 0; i < o.loads; i++) {
          const p = await open(browser, base);
          loads.push(await firstFrame(p.page));
          if (i === 0) {
            await idle(p.page);
            view = await mapView(p.page);
            events[size] = await p.page.evaluate(() => window.__atlasBench!.visibleCount());
            fetched = fetchedBytes(p.requests, origin, dir);
          }
          errors.push(...p.errors.map((e) => `${size} load: ${e}`));
          await p.context.close();
          // The bare page right after each load of the app, so that both see the same machine.
          const b = await open(browser, `${base}bench/pages/bare.html${viewQuery(view!)}`);
          bare.push(await firstFrame(b.page));
          errors.push(...b.errors.map((e) => `bare: ${e}`));
          await b.context.close();
        }
        bareLoads.push(...bare);
        results.load[size] = stat(loads);
        results.loadBare[size] = stat(bare);
        log(`${size}: load ${results.load[size].median} ms (median of ${loads.length})`);

        // Scrub and repaint on the app and the same steps on the setFilter reference page, taking turns.
        const app = await open(browser, base);
        await idle(app.page);
        const sf = await open(browser, `${base}bench/pages/setfilter.html${viewQuery(view!)}`);
        await idle(sf.page);
        const bounds = await app.page.evaluate(() => window.__atlasBench!.bounds);
        const steps = scrubPlan(bounds.from, bounds.to, o.warmup + o.steps);
        const [appSteps, sfSteps] = await scrubSteps([app.page, sf.page], steps, o.warmup);
        results.scrub[size] = stat(appSteps!.map((s) => s.scrub));
        results.scrubIdle[size] = stat(appSteps!.map((s) => s.idle));
        results.repaint[size] = stat(appSteps!.map((s) => s.repaint));
        results.setfilter[size] = stat(sfSteps!.map((s) => s.scrub));
        results.setfilterRepaint[size] = stat(sfSteps!.map((s) => s.repaint));
        errors.push(...app.errors.map((e) => `${size} scrub: ${e}`));
        errors.push(...sf.errors.map((e) => `${size} setfilter: ${e}`));
        await app.context.close();
        await sf.context.close();
        log(
          `${size}: scrub ${results.scrub[size].median} ms, repaint ${results.repaint[size].median} ms, ` +
            `setFilter ${results.setfilter[size].median} ms`,
        );

        // Play and memory on a fresh page.
        const pl = await open(browser, base);
        // The heap after load: once the load's deferred work is done too (at 100,000 events, built after the
        // first frame, the labels' collision boxes were otherwise counted as growth during play).
        await settled(pl.page);
        await idle(pl.page);
        const afterLoad = await heapAfterGc(pl.context, pl.page);
        // Play and the plain repaint loop alternate in segments of about 20 s of play, so that a change in the
        // machine's load hits both alike; the play segments add up to --play-seconds.
        const segments = Math.max(1, Math.round(o.playSeconds / 20));
        const loopSegs: number[][] = [];
        const playSegs: number[][] = [];
        let midPlay: number | undefined;
        for (let i = 0; i < segments; i++) {
          loopSegs.push(await frames(pl.page, (o.repaintSeconds * 1000) / segments, false, i === 0));
          playSegs.push(await frames(pl.page, (o.playSeconds * 1000) / segments, true, false));
          // Halfway through play, between segments: tells steady growth (a leak) from warm-up (JIT code, caches).
          if (segments > 1 && i === Math.floor(segments / 2) - 1) midPlay = await heapAfterGc(pl.context, pl.page);
        }
        const loop = fpsOf(loopSegs);
        const playing = fpsOf(playSegs);
        await idle(pl.page);
        const afterPlay = await heapAfterGc(pl.context, pl.page);
        errors.push(...pl.errors.map((e) => `${size} play: ${e}`));
        await pl.context.close();
        const play: PlayResult = {
          fps: Math.round(playing.fps * 10) / 10,
          repaintFps: Math.round(loop.fps * 10) / 10,
          ratio: loop.fps > 0 ? Math.round((playing.fps / loop.fps) * 1000) / 1000 : 0,
          frame: stat(playing.intervals),
          repaintFrame: stat(loop.intervals),
          seconds: o.playSeconds,
        };
        const memory: MemoryResult = {
          afterLoad,
          ...(midPlay === undefined ? {} : { midPlay }),
          afterPlay,
          growthPct: Math.round((afterPlay / afterLoad - 1) * 1000) / 10,
          seconds: o.playSeconds,
        };
        results.play[size] = play;
        results.memory[size] = memory;
        log(`${size}: play ${play.fps} fps vs ${play.repaintFps}; heap ${memory.growthPct}%`);

        const f = fetched!;
        const total = [prod.js, prod.worker, prod.css, f.fonts, f.data, f.geo].reduce<Bytes>(
          (s, b) => add(s, { raw: b.raw, gzip: b.gzip }),
          ZERO,
        );
        const bytes: BytesResult = { ...prod, ...f, total };
        results.bytes[size] = bytes;
        finish();
      } finally {
        await server.close();
      }
    }
  } finally {
    clearInterval(sampler);
    await browser.close();
  }
  finish();
  return results;
}

async function main(argv: string[]) {
  const o = options(argv);
  const results = await bench(o);
  const table = markdownTable(results, o.sizes);
  console.log(`\n${table}\n`);
  log(`results written to ${relative(root, o.out)}`);
  if ((results.meta.errors as string[]).length) {
    console.error('[bench] page errors:\n  ' + (results.meta.errors as string[]).join('\n  '));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
