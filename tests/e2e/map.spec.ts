import { describe, expect, inject, it } from 'vitest';
import { countColor, drawnEvents, hideElements, openPage, sharedBrowser, shot, visibleCount } from './browser';
import { dataset } from './fixtures';
import { CATEGORY_STYLE } from '../../src/lib/map/palette';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

describe('the map in a real browser', () => {
  it('draws the events: group rings and category pixels appear on the canvas, and vanish when every category is off', async () => {
    const { page, errors, context } = await openPage(getBrowser(), baseURL);
    expect(await visibleCount(page)).toBe(dataset.events.length);
    // Only the map's own pixels count: hide the HTML overlays (legend, controls) drawn above the canvas.
    await hideElements(page, '.legend, .maplibregl-control-container');
    const canvas = page.locator('canvas.maplibregl-canvas');
    const before = await canvas.screenshot();
    const blockadePixels = countColor(before, CATEGORY_STYLE.blockade.color, 20);
    const repressionPixels = countColor(before, CATEGORY_STYLE.repression.color, 20);
    expect(blockadePixels).toBeGreaterThan(100);
    expect(repressionPixels).toBeGreaterThan(100);
    const drawn = await drawnEvents(page);
    expect(drawn.groups.length).toBeGreaterThan(3);
    // Every event shown is drawn once: alone, or counted in a group ring.
    const located = dataset.events.filter((e) => e.lngLat).length;
    expect(drawn.singles.length + drawn.groups.reduce((s, g) => s + g.total, 0)).toBe(located);

    for (const button of await page.locator('.filters .toggle').all()) await button.click();
    expect(await visibleCount(page)).toBe(0);
    await page.waitForSelector('[data-testid="map"][data-idle="true"]');
    const after = await canvas.screenshot({ path: 'test-results/screenshots/map-all-off.png' });
    expect(countColor(after, CATEGORY_STYLE.blockade.color, 20)).toBe(0);
    expect(countColor(after, CATEGORY_STYLE.repression.color, 20)).toBe(0);
    expect(await drawnEvents(page)).toEqual({ singles: [], groups: [] });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clicking a single event opens its detail panel with its sources', async () => {
    // Zoomed on Cusco city, where events are not clustered.
    const { page, context } = await openPage(getBrowser(), `${baseURL}?map=9/-13.52/-71.98&lang=en`);
    const hit = (await drawnEvents(page)).singles[0];
    expect(hit).toBeDefined();
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
