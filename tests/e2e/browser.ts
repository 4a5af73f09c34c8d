/**
 * Helpers the browser specs share: Debian's Chromium (launched by chromium.ts with the flags this machine needs),
 * a page that records every request, a wait for the map to finish drawing, and screenshots kept under
 * test-results/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
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
  opts: {
    width?: number;
    height?: number;
    timezoneId?: string;
    locale?: string;
    waitForMap?: boolean;
    /** A phone: touch events and a mobile viewport (Playwright's hasTouch and isMobile). */
    touch?: boolean;
    reducedMotion?: 'reduce' | 'no-preference';
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    timezoneId: opts.timezoneId ?? 'Pacific/Auckland',
    locale: opts.locale ?? 'es-PE',
    deviceScaleFactor: 1,
    hasTouch: opts.touch ?? false,
    isMobile: opts.touch ?? false,
    reducedMotion: opts.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  await recordCspViolations(page, errors);
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  if (opts.waitForMap !== false) await waitForMap(page);
  return { context, page, requests, errors };
}

/**
 * Content-Security-Policy violations (the preview server sends the production CSP, scripts/headers.ts) are
 * pushed into `errors` as "csp: <directive> <blocked URL>", from every frame of the page.
 */
export async function recordCspViolations(page: Page, errors: string[]) {
  await page.exposeBinding('__reportCsp', ({ frame }, text: string) => errors.push(`csp (${frame.url()}): ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}

/** Waits until the data is in and the map has drawn it (MapLibre idle after the events layer got data). */
export async function waitForMap(page: Page) {
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(
    () => /^[1-9][\d.,\s]*$/.test(document.querySelector('[data-testid="visible-count"]')?.textContent?.trim() ?? ''),
    null,
    { timeout: 30_000 },
  );
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
  // The timeline's brush arrives in a chunk of its own after the first events frame (issue 10).
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="timeline"] svg') || document.querySelector('.brush .overlay'),
    null,
    { timeout: 30_000 },
  );
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

/**
 * Hides elements through the CSSOM (element.style), which the production CSP allows; `page.addStyleTag` injects
 * an inline <style> that `style-src 'self'` refuses.
 */
export async function hideElements(page: Page | Frame, selector: string) {
  await page.evaluate((sel) => {
    for (const el of document.querySelectorAll<HTMLElement>(sel))
      el.style.setProperty('visibility', 'hidden', 'important');
  }, selector);
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
  getZoom(): number;
  getCenter(): { lat: number; lng: number };
}

interface Drawn {
  singles: { index: number; x: number; y: number }[];
  groups: { group: number; total: number; x: number; y: number }[];
}

/** What the events layer draws now, in page pixels: single events (by table index) and group rings. */
export async function drawnEvents(page: Page): Promise<Drawn> {
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const d = await page.evaluate(() =>
    (document.querySelector('[data-testid=map]') as unknown as { atlasEvents: { drawn(): Drawn } }).atlasEvents.drawn(),
  );
  const shift = <T extends { x: number; y: number }>(p: T) => ({ ...p, x: p.x + box.x, y: p.y + box.y });
  return { singles: d.singles.map(shift), groups: d.groups.map(shift) };
}

/** The (hovered, selected) indices the events layer draws focus rings for. */
export async function mapFocus(page: Page): Promise<[number | null, number | null]> {
  return page.evaluate(() =>
    (
      document.querySelector('[data-testid=map]') as unknown as {
        atlasEvents: { focus(): [number | null, number | null] };
      }
    ).atlasEvents.focus(),
  );
}

/** Page box of an event's mark on the timeline (cell or lane bar), and the events the histogram holds. */
export async function timelineMark(page: Page | Frame, index: number) {
  return page.evaluate((i) => {
    const svg = document.querySelector('[data-testid=timeline] svg') as SVGSVGElement & {
      atlasMarks: { markOf(i: number): { x: number; y: number; w: number; h: number } | null };
    };
    const m = svg.atlasMarks.markOf(i);
    const r = svg.getBoundingClientRect();
    return m ? { x: r.left + m.x, y: r.top + m.y, width: m.w, height: m.h } : null;
  }, index);
}

export async function histogramEvents(page: Page | Frame): Promise<number[]> {
  return page.evaluate(() =>
    (
      document.querySelector('[data-testid=timeline] svg') as unknown as { atlasMarks: { histogram(): number[] } }
    ).atlasMarks.histogram(),
  );
}

/** The map's current zoom and centre. */
export async function mapView(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  return page.evaluate(() => {
    const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre: MapHandle }).maplibre;
    return { zoom: m.getZoom(), ...m.getCenter() };
  });
}
