import { describe, expect, inject, it } from 'vitest';
import { countColor, hideElements, openPage, renderedFeature, sharedBrowser, shot, visibleCount } from './browser';
import { dataset } from './fixtures';
import { COLORS } from '../../src/lib/map/style';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

describe('the map in a real browser', () => {
  it('draws the events: cluster and category pixels appear on the canvas, and vanish when every category is off', async () => {
    const { page, errors, context } = await openPage(getBrowser(), baseURL);
    expect(await visibleCount(page)).toBe(dataset.events.length);
    // Only the map's own pixels count: hide the HTML overlays (legend, controls) drawn above the canvas.
    await hideElements(page, '.legend, .maplibregl-control-container');
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
    const { page, context } = await openPage(getBrowser(), `${baseURL}?map=9/-13.52/-71.98&lang=en`);
    const hit = await renderedFeature(page, 'event-points');
    expect(hit).not.toBeNull();
    await page.mouse.click(hit!.x, hit!.y);
    const panelOrList = page.locator('[data-testid="detail-panel"], [data-testid="place-list"]');
    await panelOrList.first().waitFor();
    if (await page.locator('[data-testid="place-list"]').count())
      await page.locator('[data-testid="place-list"] li button').first().click();
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
      const { page, context } = await openPage(getBrowser(), `${baseURL}?from=2023-01-15&to=2023-01-22&lang=es`, {
        width,
        height,
      });
      // What the reader sees first, then the whole page as if scrolled.
      await page.screenshot({ path: `test-results/screenshots/atlas-${name}-first-screen.png` });
      await shot(page, `atlas-${name}`);
      // Nothing may overflow the viewport horizontally (an embed must fit its column).
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    }
  });
});
