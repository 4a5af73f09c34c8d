/**
 * Every failure is named in the reader's language, contained, and recoverable: a failed basemap file, a map that
 * cannot start (its worker does not load), a label font that does not arrive, a slow or corrupt data file.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { drawnEvents, hideElements, sharedBrowser, visibleCount, waitForMap } from './browser';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

async function pageWith(pattern: string, handler: (route: Route, failing: () => boolean) => unknown, locale = 'en-GB') {
  const context = await getBrowser().newContext({ viewport: { width: 1100, height: 760 }, locale });
  const page = await context.newPage();
  const state = { failing: true };
  await page.route(pattern, (route) => handler(route, () => state.failing));
  return { context, page, heal: () => (state.failing = false) };
}

const notFound = (route: Route, failing: () => boolean) =>
  failing() ? route.fulfill({ status: 404, body: 'gone' }) : route.continue();

async function countText(page: Page) {
  return (await page.locator('[data-testid="visible-count"]').textContent())?.trim();
}

describe('failures are named, contained and recoverable', () => {
  it('a failed region-boundaries file: the map says so, events still draw, and Retry brings the regions back', async () => {
    const { context, page, heal } = await pageWith('**/geo/regions.geojson', notFound);
    await page.goto(`${baseURL}?lang=en`);
    const alert = page.locator('.map-warning');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('region boundaries');
    await waitForMap(page);
    expect((await drawnEvents(page)).groups.length).toBeGreaterThan(0);
    heal();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.waitForFunction(() => {
      const m = (
        document.querySelector('[data-testid=map]') as unknown as {
          maplibre: { querySourceFeatures(id: string): unknown[] };
        }
      ).maplibre;
      return m.querySourceFeatures('regions').length > 0;
    });
    await context.close();
  });

  // Every geography file, missing or arriving corrupt (cut off mid-way, or not JSON at all), is named in the
  // reader's language, and the events still draw.
  for (const [file, es, broken] of [
    ['neighbours.geojson', 'países vecinos', 'missing'],
    ['region-labels.geojson', 'nombres de regiones y ciudades', 'cut off'],
    ['towns.geojson', 'nombres de regiones y ciudades', 'missing'],
    ['regions.geojson', 'límites de las regiones', 'not JSON'],
  ] as const) {
    it(`${file} ${broken}: the map names it in Spanish and the events still draw`, async () => {
      const { context, page } = await pageWith(
        `**/geo/${file}`,
        async (route) => {
          if (broken === 'missing') return route.fulfill({ status: 404, body: 'gone' });
          if (broken === 'not JSON')
            return route.fulfill({ status: 200, contentType: 'application/json', body: '<html>proxy error</html>' });
          const body = await (await route.fetch()).text();
          return route.fulfill({ status: 200, contentType: 'application/json', body: body.slice(0, body.length / 2) });
        },
        'es-PE',
      );
      await page.goto(baseURL);
      const alert = page.locator('.map-warning');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(es);
      expect(await alert.getByRole('button', { name: 'Reintentar' }).count()).toBe(1);
      await waitForMap(page);
      expect((await drawnEvents(page)).groups.length).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('a map whose worker does not load explains itself in Spanish, the rest works, and Retry starts it', async () => {
    const { context, page, heal } = await pageWith('**/maplibre-gl-worker*', notFound, 'es-PE');
    await page.goto(baseURL);
    const alert = page.locator('.map-error');
    await alert.waitFor({ timeout: 45_000 });
    expect(await alert.textContent()).toMatch(/El mapa no pudo iniciarse/);
    await page.waitForFunction(() =>
      /^[1-9]/.test(document.querySelector('[data-testid="visible-count"]')?.textContent ?? ''),
    );
    heal();
    await alert.getByRole('button', { name: 'Reintentar' }).click();
    await waitForMap(page);
    expect((await drawnEvents(page)).groups.length).toBeGreaterThan(0);
    await context.close();
  }, 120_000);

  it('a label font that does not arrive is named, and the events still draw', async () => {
    const { context, page } = await pageWith('**/*.woff2', notFound);
    await page.goto(`${baseURL}?lang=en`);
    await waitForMap(page);
    await page.locator('.map-warning').waitFor();
    expect(await page.locator('.map-warning').textContent()).toContain('label font');
    expect((await drawnEvents(page)).groups.length).toBeGreaterThan(0);
    await context.close();
  });

  it('a label font that arrives corrupt is named too, and the events still draw', async () => {
    const { context, page } = await pageWith('**/*.woff2', (route) =>
      route.fulfill({ status: 200, contentType: 'font/woff2', body: 'wOF2 not really a font' }),
    );
    await page.goto(`${baseURL}?lang=en`);
    await waitForMap(page);
    await page.locator('.map-warning').waitFor();
    expect(await page.locator('.map-warning').textContent()).toContain('label font');
    expect((await drawnEvents(page)).groups.length).toBeGreaterThan(0);
    await context.close();
  });

  it('a map worker that arrives corrupt (not JavaScript) is named, the rest works, and Retry starts the map', async () => {
    const { context, page, heal } = await pageWith('**/maplibre-gl-worker*', (route, failing) =>
      failing()
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '<html>captive portal</html>' })
        : route.continue(),
    );
    await page.goto(`${baseURL}?lang=en`);
    const alert = page.locator('.map-error');
    await alert.waitFor({ timeout: 45_000 });
    expect(await alert.textContent()).toMatch(/The map could not start/);
    await page.waitForFunction(() =>
      /^[1-9]/.test(document.querySelector('[data-testid="visible-count"]')?.textContent ?? ''),
    );
    heal();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForMap(page);
    expect((await drawnEvents(page)).groups.length).toBeGreaterThan(0);
    await context.close();
  }, 120_000);

  it('a slow data file shows loading, never "0 events" as a fact', async () => {
    const { context, page, heal } = await pageWith('**/data/core.json', async (route, failing) => {
      while (failing()) await new Promise((r) => setTimeout(r, 100));
      await route.continue();
    });
    await page.goto(`${baseURL}?lang=en`);
    await page.getByRole('status').filter({ hasText: 'Loading events' }).waitFor();
    expect(await countText(page)).toBe('–');
    expect(await page.locator('[aria-busy="true"]').count()).toBeGreaterThan(0);
    // The region list names the regions without counts while they are unknown (issue 7: never "Amazonas (0)").
    const options = page.locator('[data-testid=region-select] option');
    expect(await options.count()).toBeGreaterThan(20);
    expect((await options.allTextContents()).filter((o) => /\(\d/.test(o))).toEqual([]);
    heal();
    await waitForMap(page);
    expect(await visibleCount(page)).toBeGreaterThan(0);
    expect((await options.allTextContents()).filter((o) => /\(\d+\)$/.test(o)).length).toBeGreaterThan(20);
    await context.close();
  });

  it('data that cannot be downloaded: the message in Spanish, the technical detail marked as English', async () => {
    const { context, page } = await pageWith('**/data/core.json', (route) => route.abort('failed'), 'es-PE');
    await page.goto(`${baseURL}?lang=es`);
    const alert = page.locator('.notice.error');
    await alert.waitFor();
    expect(await alert.locator('p').first().textContent()).toMatch(/^No se pudieron descargar los datos/);
    const detail = alert.locator('.detail');
    expect(await detail.textContent()).toMatch(/^Detalle técnico: \S/);
    // The browser's own words stay in English, and say so.
    const english = detail.locator('[lang=en]');
    expect(await english.textContent()).toMatch(/TypeError/);
    expect(await detail.getAttribute('lang')).toBeNull();
    await context.close();
  });

  it('a corrupt data file (a duplicated id, a wrong type) shows the rest and names what it left out', async () => {
    const { context, page } = await pageWith('**/data/core.json', async (route) => {
      const res = await route.fetch();
      const core = await res.json();
      core.columns.id[5] = core.columns.id[4];
      core.columns.category[10] = 'riot';
      await route.fulfill({ response: res, body: JSON.stringify(core) });
    });
    await page.goto(`${baseURL}?lang=en`);
    await waitForMap(page);
    const note = page.getByRole('status').filter({ hasText: 'have errors and are not shown' });
    await note.waitFor();
    expect(await note.textContent()).toContain('(2)');
    expect(await note.textContent()).toMatch(/category/);
    const total = await visibleCount(page);
    expect(total).toBeGreaterThan(100);
    await context.close();
  });

  it('a corrupt detail chunk: the event says its details are unavailable, with a retry, and others open', async () => {
    const { context, page, heal } = await pageWith('**/data/details/0.json', (route, failing) =>
      failing() ? route.fulfill({ status: 200, body: '{"broken": tru' }) : route.continue(),
    );
    await page.goto(`${baseURL}?lang=en&event=2022-12-07-boluarte-sworn-in`);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    heal();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-testid="detail-panel"]').waitFor();
    await context.close();
  });
  it('a download whose events lack their details is not made: the menu says how many are missing, and Try again makes it', async () => {
    const { context, page, heal } = await pageWith('**/data/details/1.json', notFound);
    await page.goto(`${baseURL}?lang=en`);
    await waitForMap(page);
    const shown = await visibleCount(page);
    await page.locator('.downloads summary').click();
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('.downloads button', { hasText: 'GeoJSON' }).click();
    const alert = page.getByTestId('download-incomplete');
    await alert.waitFor();
    // The events of the chunk that did not load, counted: never a file that silently leaves them out.
    const missing = Number((await alert.textContent())!.match(/details of (\d+) events/)![1]);
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(shown);
    expect(downloads).toBe(0);
    heal();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Try again' }).click(),
    ]);
    const geo = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { features: unknown[] };
    expect(geo.features.length).toBe(shown);
    await alert.waitFor({ state: 'detached' });
    await context.close();
  });

  it('a lost WebGL context (a tab in the background, a GPU reset): once restored, the events and the shading return', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${baseURL}?lang=en&shade=deaths`);
    await waitForMap(page);
    // The legend (open on a desktop) covers rings at the left: out of the way, whatever it covers is seen.
    await hideElements(page, '.legend, .maplibregl-ctrl');
    const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
    // The darkest pixel near each group's centre: its ring and figure, or the bare map once it is gone.
    const darkest = async () => {
      const png = PNG.sync.read(await page.screenshot({ clip: mapBox }));
      const { groups } = await drawnEvents(page);
      return groups.map((g) => {
        let min = 255;
        for (let dx = -14; dx <= 14; dx++)
          for (let dy = -14; dy <= 14; dy++) {
            const i = (Math.round(g.y - mapBox.y + dy) * png.width + Math.round(g.x - mapBox.x + dx)) * 4;
            min = Math.min(min, (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3);
          }
        return min;
      });
    };
    const shadeOfPuno = () =>
      page.evaluate(
        () =>
          (
            document.querySelector('[data-testid=map]') as unknown as {
              maplibre: { getFeatureState(f: { source: string; id: string }): { fill?: string | null } };
            }
          ).maplibre.getFeatureState({ source: 'regions', id: 'PE-PUN' }).fill ?? null,
      );
    const before = await darkest();
    expect(before.length).toBeGreaterThan(3);
    expect(Math.max(...before)).toBeLessThan(90);
    expect(await shadeOfPuno()).toMatch(/^(#|rgb)/);

    await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=map] canvas') as HTMLCanvasElement;
      const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      const w = window as unknown as { __lose: WEBGL_lose_context; __eventFrames: number };
      w.__lose = ext;
      w.__eventFrames = 0;
      window.addEventListener('atlas:events-frame', () => w.__eventFrames++);
      ext.loseContext();
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    // The events layer draws again (its frames are announced to the page), and the map settles.
    await page.waitForFunction(() => (window as unknown as { __eventFrames: number }).__eventFrames > 0, null, {
      timeout: 20_000,
    });
    await waitForMap(page);
    const after = await darkest();
    expect(after.length).toBe(before.length);
    expect(Math.max(...after), 'every group ring is drawn again').toBeLessThan(90);
    expect(await shadeOfPuno()).toMatch(/^(#|rgb)/);
    await context.close();
  });
});
