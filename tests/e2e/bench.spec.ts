/**
 * The benchmark's smoke configuration (`npm run bench -- --smoke`: real data, few steps, short play) runs and
 * writes a complete results file. Only that it works is asserted — no timing assertions. It reads the JS bytes
 * from dist/ (built by `npm test` before the specs) and builds its own bench variant under bench/dist/real.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const OUT = 'test-results/bench-smoke/results.json';

/** Every number under `value`, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k));
  return [];
}

describe('npm run bench -- --smoke', () => {
  it('measures the real dataset and writes every figure', { timeout: 150_000 }, async () => {
    rmSync(OUT, { force: true });
    await promisify(execFile)(
      'node_modules/.bin/tsx',
      ['scripts/bench.ts', '--smoke', '--prod-dist', 'dist', '--out', OUT],
      { timeout: 140_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const r = JSON.parse(readFileSync(OUT, 'utf8'));
    for (const key of ['scrub', 'repaint', 'setfilter', 'load', 'play', 'memory', 'bytes']) {
      expect(Object.keys(r[key]), key).toContain('real');
    }
    expect(Object.keys(r.load)).toContain('bare');
    for (const key of ['scrub', 'scrubIdle', 'repaint', 'setfilter', 'load'])
      for (const stat of Object.values(r[key]) as Record<string, number>[])
        expect(Object.keys(stat).sort(), key).toEqual(['median', 'n', 'p95']);
    expect(r.play.real.fps).toBeGreaterThan(0);
    expect(r.memory.real.afterLoad).toBeGreaterThan(0);
    for (const kind of ['js', 'worker', 'css', 'fonts', 'data', 'geo', 'total'])
      expect(r.bytes.real[kind].gzip, kind).toBeGreaterThan(0);

    const figures = numbers({ ...r, meta: undefined });
    expect(figures.length).toBeGreaterThan(40);
    for (const [path, x] of figures) {
      expect(Number.isFinite(x), path).toBe(true);
      // Heap growth may be negative; no lazily loaded script exists yet.
      if (!/growthPct$|lazyJs\./.test(path)) expect(x, path).toBeGreaterThan(0);
    }
    expect(r.meta.errors).toEqual([]);
  });
});
