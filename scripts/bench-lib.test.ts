import { describe, expect, it } from 'vitest';
import { classify, markdownTable, scriptGraph, scrubPlan, stat, type BenchResults } from './bench-lib';
import { PERIOD_END, PERIOD_START } from '../src/lib/time/days';

describe('stat', () => {
  it('gives the median and the nearest-rank 95th percentile', () => {
    expect(stat([3, 1, 2])).toEqual({ median: 2, p95: 3, n: 3 });
    expect(stat([4, 1, 3, 2])).toEqual({ median: 2.5, p95: 4, n: 4 });
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(stat(xs)).toEqual({ median: 50.5, p95: 95, n: 100 });
    expect(() => stat([])).toThrow();
  });
});

describe('scrubPlan', () => {
  const plan = scrubPlan(PERIOD_START, PERIOD_END, 63);

  it('steps through the whole period, inside it, every step a change', () => {
    expect(plan).toHaveLength(63);
    expect(plan[0]![0]).toBe(PERIOD_START);
    expect(Math.max(...plan.map((r) => r[1]))).toBeGreaterThan(PERIOD_END - 8);
    for (const [i, [a, b]] of plan.entries()) {
      expect(a).toBeGreaterThanOrEqual(PERIOD_START);
      expect(b).toBeLessThanOrEqual(PERIOD_END);
      expect(b).toBeGreaterThanOrEqual(a);
      if (i) expect([a, b]).not.toEqual(plan[i - 1]);
    }
  });

  it('uses a 7-day window with some resizes', () => {
    const lengths = plan.map(([a, b]) => b - a + 1);
    expect(lengths.filter((l) => l === 7).length).toBeGreaterThan(40);
    expect(new Set(lengths)).toEqual(new Set([3, 7, 14, 30]));
  });
});

describe('classify', () => {
  it.each([
    ['assets/index-abc.js', 'js'],
    ['assets/maplibre-gl-worker-abc.js', 'worker'],
    ['assets/index-abc.css', 'css'],
    ['assets/noto-sans-latin-400-normal-x.woff2', 'font'],
    ['data/events.geojson', 'data'],
    ['synthetic/10000/events.geojson', 'data'],
    ['geo/regions.geojson', 'geo'],
    ['index.html', 'html'],
  ])('%s is %s', (path, kind) => expect(classify(path)).toBe(kind));
});

describe('scriptGraph', () => {
  it('follows static imports from the page and lists lazy chunks apart', () => {
    const files: Record<string, string> = {
      'assets/index.js': 'import{a}from"./shared.js";const d=()=>import("./details.js");',
      'assets/shared.js': 'export const a=1;',
      'assets/details.js': 'import"./shared.js";',
    };
    const html =
      '<script type="module" crossorigin src="./assets/index.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/index.css">';
    expect(scriptGraph(html, (p) => files[p] ?? null)).toEqual({
      eager: ['assets/index.js', 'assets/shared.js'],
      lazy: ['assets/details.js'],
      css: ['assets/index.css'],
    });
  });

  it('reads dynamic imports written with backticks, as Rolldown writes them', () => {
    const files: Record<string, string> = {
      'assets/index.js':
        'import{a}from"./shared.js";const d=()=>import(`./list-x1.js`),e=()=>import( `./brush-y2.js` );',
      'assets/shared.js': 'export const a=1;',
      'assets/list-x1.js': 'import{a}from"./shared.js";',
      'assets/brush-y2.js': '',
    };
    const html = '<script type="module" crossorigin src="./assets/index.js"></script>';
    expect(scriptGraph(html, (p) => files[p] ?? null)).toMatchObject({
      eager: ['assets/index.js', 'assets/shared.js'],
      lazy: ['assets/list-x1.js', 'assets/brush-y2.js'],
    });
  });
});

describe('markdownTable', () => {
  it('prints one column per size and the ratios', () => {
    const s = { median: 10, p95: 20, n: 60 };
    const b = { raw: 2048, gzip: 1024 };
    const r: BenchResults = {
      meta: { events: { real: 300 } },
      scrub: { real: { median: 30, p95: 40, n: 60 } },
      scrubIdle: { real: s },
      repaint: { real: s },
      setfilter: { real: { median: 15, p95: 20, n: 60 } },
      setfilterRepaint: { real: s },
      load: { real: { median: 2000, p95: 2100, n: 7 }, bare: { median: 1000, p95: 1100, n: 7 } },
      loadBare: { real: { median: 1000, p95: 1100, n: 7 } },
      play: { real: { fps: 9, repaintFps: 10, ratio: 0.9, frame: s, repaintFrame: s, seconds: 120 } },
      memory: { real: { afterLoad: 10 * 2 ** 20, afterPlay: 11 * 2 ** 20, growthPct: 10, seconds: 120 } },
      bytes: {
        real: {
          js: b,
          lazyJs: { raw: 0, gzip: 0 },
          worker: b,
          css: b,
          fonts: { ...b, files: 2, requests: 3 },
          data: { ...b, files: 1 },
          geo: { ...b, files: 4 },
          total: b,
        },
      },
    };
    const t = markdownTable(r, ['real']);
    expect(t).toContain('| | real |');
    expect(t).toContain('| **scrub / repaint** (median) | 3.00× |');
    expect(t).toContain('| **scrub / setFilter** (median) | 2.00× |');
    expect(t).toContain('| **load / bare MapLibre** (median) | 2.00× |');
    expect(t).toContain('| **heap growth** during play | +10.0% |');
    expect(t).toContain('(2 files, 3 req.)');
  });
});
