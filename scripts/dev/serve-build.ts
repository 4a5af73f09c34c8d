// Shared set-up of the dev helpers (issue 10): serve a bench build and open a page as `npm run bench` does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { preview, type PreviewServer } from 'vite';
import type { Browser, BrowserContext } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '../..');

/** The folder of a bench build: `bench/dist/<name>` (made with VITE_BENCH=1; see bench/README.md). */
export function distOf(name: string): string {
  return join(ROOT, 'bench/dist', name);
}

/** Serves a bench build on a free local port; `base` is its root URL, ending in a slash. */
export async function serveBuild(name: string): Promise<{ server: PreviewServer; base: string; dist: string }> {
  const dist = distOf(name);
  const server = await preview({
    configFile: false,
    root: ROOT,
    base: './',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { server, base: server.resolvedUrls!.local[0]!, dist };
}

/** A fresh context (cold cache) with the bench's viewport and locale. */
export async function benchContext(browser: Browser): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-PE' });
  // tsx compiles the page functions these helpers evaluate with esbuild's `__name`: define it in the page.
  await ctx.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return ctx;
}

/**
 * Maps a position in a built file (a profile's call frame: URL, 0-based line and column) to its source through the
 * build's source maps: `{ source, line, name }` with the source relative to the project (packages by name), or null
 * when the file has no map or the position none.
 */
export function sourceLocator(dist: string) {
  const maps = new Map<string, TraceMap | null>();
  return (url: string, line: number, column: number): { source: string; line: number; name: string | null } | null => {
    const file = url.split('/').pop() ?? '';
    if (!maps.has(file)) {
      const p = join(dist, 'assets', `${file}.map`);
      maps.set(file, file && existsSync(p) ? new TraceMap(readFileSync(p, 'utf8')) : null);
    }
    const m = maps.get(file);
    const o = m ? originalPositionFor(m, { line: line + 1, column }) : null;
    if (!o?.source) return null;
    const source = o.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
    return { source, line: o.line ?? 0, name: o.name ?? null };
  };
}
