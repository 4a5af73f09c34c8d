/**
 * Helpers the browser specs share: Debian's Chromium (launched by chromium.ts with the flags this machine needs),
 * a page that records every request, a wait for the map to finish drawing, and screenshots kept under
 * test-results/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launch } from './chromium';

export { CHROMIUM, launch } from './chromium';

export const SHOT_DIR = 'test-results/screenshots';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/** A fresh context (no shared state between tests) in a non-UTC zone by default. */
export async function openPage(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number; timezoneId?: string; locale?: string; waitForMap?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    timezoneId: opts.timezoneId ?? 'Pacific/Auckland',
    locale: opts.locale ?? 'es-PE',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  if (opts.waitForMap !== false) await waitForMap(page);
  return { context, page, requests, errors };
}

/** Waits until the data is in and the map has drawn it (MapLibre idle after the events layer got data). */
export async function waitForMap(page: Page) {
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(
    () => document.querySelector('[data-testid="visible-count"]')?.textContent?.trim() !== '0',
    null,
    { timeout: 30_000 },
  );
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
}

/**
 * A full-page screenshot that shows what a reader scrolling the page sees. Capturing beyond the viewport resizes
 * it, and the map's height is in vh, so the viewport is first grown to the page height (until it settles) and
 * the map allowed to redraw at that size; then it is restored.
 */
export async function shot(page: Page, name: string) {
  mkdirSync(SHOT_DIR, { recursive: true });
  const original = page.viewportSize()!;
  let height = original.height;
  for (let i = 0; i < 4; i++) {
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    if (full <= height) break;
    height = full;
    await page.setViewportSize({ width: original.width, height });
  }
  if (height !== original.height)
    await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 30_000 }).catch(() => {});
  await page.screenshot({ path: `${SHOT_DIR}/${name}.png`, fullPage: true });
  await page.setViewportSize(original);
}

/** Counts pixels of an image close to an RGB colour (within `tolerance` per channel). */
export function countColor(png: Buffer, hex: string, tolerance = 24): number {
  const img = PNG.sync.read(png);
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let count = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (
      Math.abs(img.data[i]! - r) <= tolerance &&
      Math.abs(img.data[i + 1]! - g) <= tolerance &&
      Math.abs(img.data[i + 2]! - b) <= tolerance
    )
      count++;
  }
  return count;
}

/** The visible-count number as an integer. */
export async function visibleCount(page: Page): Promise<number> {
  const text = await page.locator('[data-testid="visible-count"]').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

/** One browser per spec file, launched before its tests and closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

interface MapHandle {
  queryRenderedFeatures(options: {
    layers: string[];
  }): { properties: Record<string, unknown>; geometry: { coordinates: [number, number] } }[];
  project(c: [number, number]): { x: number; y: number };
  getZoom(): number;
  getCenter(): { lat: number; lng: number };
}

/** The first rendered feature of a map layer: its page position and properties (null if none is drawn). */
export async function renderedFeature(
  page: Page,
  layer: string,
): Promise<{ x: number; y: number; properties: Record<string, unknown> } | null> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const hit = await page.evaluate((l) => {
    const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre: MapHandle }).maplibre;
    const f = m.queryRenderedFeatures({ layers: [l] })[0];
    return f ? { ...m.project(f.geometry.coordinates), properties: f.properties } : null;
  }, layer);
  return hit ? { x: box.x + hit.x, y: box.y + hit.y, properties: hit.properties } : null;
}

/** Waits until MapLibre draws a feature in the layer (a focus ring appears a frame after the hover). */
export async function waitForRenderedFeature(page: Page, layer: string) {
  await page.waitForFunction((l) => {
    const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre: MapHandle }).maplibre;
    return m.queryRenderedFeatures({ layers: [l] }).length > 0;
  }, layer);
  return renderedFeature(page, layer);
}

/** The map's current zoom and centre. */
export async function mapView(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  return page.evaluate(() => {
    const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre: MapHandle }).maplibre;
    return { zoom: m.getZoom(), ...m.getCenter() };
  });
}
