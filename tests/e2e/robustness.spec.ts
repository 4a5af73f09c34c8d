import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, openPage, timelineMark, visibleCount } from './browser';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

describe('self-contained and robust', () => {
  it('requests nothing outside its own origin', async () => {
    const { page, requests, context } = await openPage(
      getBrowser(),
      `${baseURL}?from=2023-01-01&to=2023-01-31&lang=en`,
    );
    // Exercise the map a little so any lazy tile, glyph or font request would happen.
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(800);
    const origin = new URL(baseURL).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.endsWith('/data/core.json'))).toBe(true);
    // The full public file is a download, not what the page needs to draw.
    expect(requests.some((u) => u.endsWith('/data/events.geojson'))).toBe(false);
    expect(requests.some((u) => u.includes('/geo/regions.geojson'))).toBe(true);
    // Page and map share their font files: each is downloaded once.
    const fonts = requests.filter((u) => /\.woff2?$/.test(u));
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts).size).toBe(fonts.length);
    await context.close();
  });

  it('a failed data fetch shows a clear message with a retry, and the retry recovers', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1100, height: 760 } });
    const page = await context.newPage();
    let fail = true;
    await page.route('**/data/core.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
    );
    await page.goto(baseURL);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/No se pudieron cargar|could not be downloaded/);
    fail = false;
    await alert.getByRole('button').click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="visible-count"]')?.textContent?.replace(/\D/g, '')) > 0,
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('without WebGL the map explains itself and the timeline, filters and panel still work', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-GB' });
    await context.addInitScript(() => {
      const orig = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl2' || type === 'webgl') return null;
        return (orig as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof orig;
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(baseURL);
    await page.getByText(/cannot draw the map/).waitFor();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="visible-count"]')?.textContent?.replace(/\D/g, '')) > 0,
    );
    const total = await visibleCount(page);
    await page.locator('.filters .toggle').first().click();
    expect(await visibleCount(page)).toBeLessThan(total);
    const measure = (
      await page.evaluate(() =>
        (
          document.querySelector('[data-testid=timeline] svg') as unknown as { atlasMarks: { lane(): number[] } }
        ).atlasMarks.lane(),
      )
    )[0]!;
    const bar = (await timelineMark(page, measure))!;
    await page.mouse.click(bar.x + 2, bar.y + bar.height / 2);
    await page.locator('[data-testid="detail-panel"]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
