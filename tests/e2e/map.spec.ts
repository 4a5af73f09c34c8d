import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { countColor, launch, openPage, shot, visibleCount } from './browser';
import { dataset } from './fixtures';
import { COLORS } from '../../src/lib/map/style';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the map in a real browser', () => {
  it('draws the events: cluster and category pixels appear on the canvas, and vanish when every category is off', async () => {
    const { page, errors, context } = await openPage(browser, baseURL);
    expect(await visibleCount(page)).toBe(dataset.events.length);
    // Only the map's own pixels count: hide the HTML overlays (legend, controls) drawn above the canvas.
    await page.addStyleTag({ content: '.legend, .maplibregl-control-container { visibility: hidden !important; }' });
    const canvas = page.locator('canvas.maplibregl-canvas');
    const before = await canvas.screenshot();
    const clusterPixels = countColor(before, COLORS.cluster, 8);
    const blockadePixels = countColor(before, '#E69F00', 20);
    expect(clusterPixels).toBeGreaterThan(500);
    expect(blockadePixels).toBeGreaterThan(10);

    for (const button of await page.locator('.filters .toggle').all()) await button.click();
    expect(await visibleCount(page)).toBe(0);
    await page.waitForSelector('[data-testid="map"][data-idle="true"]');
    const after = await canvas.screenshot({ path: 'test-results/screenshots/map-all-off.png' });
    expect(countColor(after, COLORS.cluster, 8)).toBe(0);
    expect(countColor(after, '#E69F00', 20)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clicking a single event opens its detail panel with its sources', async () => {
    // Zoomed on Cusco city, where events are not clustered.
    const { page, context } = await openPage(browser, `${baseURL}?map=9/-13.52/-71.98&lang=en`);
    const map = page.locator('[data-testid="map"]');
    const box = (await map.boundingBox())!;
    // Find a rendered event symbol through MapLibre and click its pixel.
    const pt = await page.evaluate(() => {
      const m = (document.querySelector('[data-testid=map]') as unknown as { maplibre: { queryRenderedFeatures: (o: unknown) => { geometry: { coordinates: [number, number] } }[]; project: (c: [number, number]) => { x: number; y: number } } }).maplibre;
      const f = m.queryRenderedFeatures({ layers: ['event-points'] })[0];
      return f ? m.project(f.geometry.coordinates) : null;
    });
    expect(pt).not.toBeNull();
    await page.mouse.click(box.x + pt!.x, box.y + pt!.y);
    const panelOrList = page.locator('[data-testid="detail-panel"], [data-testid="place-list"]');
    await panelOrList.first().waitFor();
    if (await page.locator('[data-testid="place-list"]').count()) await page.locator('[data-testid="place-list"] li button').first().click();
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    const links = panel.locator('a[target="_blank"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('rel')).toContain('noopener');
    expect(new URL(page.url()).searchParams.get('event')).toMatch(/^\d{4}-\d{2}-\d{2}-/);
    await context.close();
  });

  it('saves full-page screenshots on desktop and on a 375×667 phone', async () => {
    for (const [name, width, height] of [
      ['desktop', 1280, 800],
      ['phone', 375, 667],
    ] as const) {
      const { page, context } = await openPage(browser, `${baseURL}?from=2023-01-15&to=2023-01-22&lang=es`, { width, height });
      await shot(page, `atlas-${name}`);
      // Nothing may overflow the viewport horizontally (an embed must fit its column).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
