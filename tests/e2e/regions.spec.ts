/**
 * Issue 8 in the real browser: a region's view shows exactly its events, each shading mode changes the map and
 * its legend, a click on the map focuses a region, the totals add up to the header, the cumulative toll follows
 * the range, and labels never sit under a group ring. Screenshots of every shading mode and of three zooms on a
 * desktop and a phone are kept in test-results/screenshots/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { drawnEvents, hideElements, openPage, sharedBrowser, shot, visibleCount } from './browser';
import { dataset } from './fixtures';
import { parseDay } from '../../src/lib/time/days';
import { overlaps } from '../../src/lib/time/range';
import { SHADE_MODES } from '../../src/lib/geo/choropleth';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();
const SHOTS = 'test-results/screenshots';

/** The events of a region overlapping a range, computed in Node from dist/data/events.geojson. */
function regionEvents(code: string, from: string, to: string) {
  const range = { from: parseDay(from)!, to: parseDay(to)! };
  return dataset.events.filter((e) => overlaps(e.start, e.end, range) && e.regions.includes(code));
}

async function idle(page: Page) {
  await page.waitForSelector('[data-testid="map"][data-idle="false"]', { timeout: 2_000 }).catch(() => {});
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
}

async function num(page: Page, testid: string): Promise<number> {
  return Number(((await page.locator(`[data-testid="${testid}"]`).first().textContent()) ?? '').replace(/\D/g, ''));
}

/** Share of pixels that differ between two screenshots of the same size. */
function changed(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a).data;
  const y = PNG.sync.read(b).data;
  let n = 0;
  for (let i = 0; i < x.length; i += 4)
    if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > 24) n++;
  return n / (x.length / 4);
}

const dataValues = async (page: Page, selector: string) =>
  (await page.locator(selector).evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))) as number[];

describe('regions in a real browser', () => {
  it('?region=PE-PUN&from=2023-01-04&to=2023-01-31 shows exactly the Puno events of that range', async () => {
    const url = `${baseURL}?region=PE-PUN&from=2023-01-04&to=2023-01-31`;
    const { page, context, errors } = await openPage(getBrowser(), url);
    const expected = regionEvents('PE-PUN', '2023-01-04', '2023-01-31');
    expect(expected.length).toBeGreaterThan(10);
    expect(await visibleCount(page)).toBe(expected.length);
    expect(await page.locator('[data-testid="region-label"]').textContent()).toBe('Puno');
    expect(await page.locator('[data-testid="region-select"]').inputValue()).toBe('PE-PUN');

    // The map draws the located ones, alone or counted in a ring, and nothing else.
    const drawn = await drawnEvents(page);
    const located = expected.filter((e) => e.lngLat);
    expect(drawn.singles.length + drawn.groups.reduce((s, g) => s + g.total, 0)).toBe(located.length);

    // The list behind the count is those very events (titles compared with the file).
    await page.locator('[data-testid="totals-events"]').click();
    const list = page.locator('[data-testid="place-list"] li');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="place-list"] li').length === n,
      expected.length,
    );
    const titles = (await list.allTextContents()).map((s) => s.trim());
    for (const e of expected) expect(titles.some((s) => s.includes(e.title_es))).toBe(true);

    // The download of this view holds those events, and says Puno in its name.
    await page.locator('.downloads summary').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.downloads button').nth(1).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/_PE-PUN\.geojson$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      features: { properties: { id: string } }[];
    };
    expect(file.features.map((f) => f.properties.id).sort()).toEqual(expected.map((e) => e.id).sort());

    // The timeline shows the whole country's outline behind Puno's events; the URL keeps the focus.
    expect(await page.locator('[data-testid="national-outline"]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('region')).toBe('PE-PUN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a long region name keeps the desktop header on one row, and the fitted region clears the credits', async () => {
    const heights: number[] = [];
    for (const q of ['', '?region=PE-LMA', '?region=PE-PUN']) {
      const { page, context, errors } = await openPage(getBrowser(), `${baseURL}${q}`, { width: 1280, height: 800 });
      heights.push(await page.locator('header.top').evaluate((el) => el.getBoundingClientRect().height));
      if (q.includes('PE-PUN')) {
        await idle(page);
        // Puno's southern tip (read from the served boundaries) is drawn above the credits' box.
        const regions = JSON.parse(readFileSync('dist/geo/regions.geojson', 'utf8')) as GeoJSON.FeatureCollection;
        const puno = regions.features.find((f) => f.properties?.iso === 'PE-PUN')!;
        const lats = JSON.stringify(puno.geometry)
          .match(/-?\d+\.?\d*,-?\d+\.?\d*/g)!
          .map((p) => p.split(',').map(Number) as [number, number]);
        const south = lats.reduce((a, b) => (b[1] < a[1] ? b : a));
        const { y, creditsTop } = await page.evaluate((p) => {
          const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
            maplibre: { project(p: [number, number]): { y: number } };
          };
          const credits = el.querySelector('.maplibregl-ctrl-bottom-right')!.getBoundingClientRect();
          return { y: el.maplibre.project(p).y, creditsTop: credits.top - el.getBoundingClientRect().top };
        }, south);
        expect(y).toBeLessThan(creditsTop);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
    expect(heights[1]).toBe(heights[0]);
    expect(heights[2]).toBe(heights[0]);
  });

  for (const [width, height] of [
    [1280, 720],
    [1100, 700],
  ] as const)
    it(`on a ${width}×${height} laptop window the map never spills over the timeline; Play can be clicked`, async () => {
      const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?shade=deaths&region=PE-PUN`, {
        width,
        height,
      });
      const boxes = await page.evaluate(() => {
        const b = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return { map: b('.map-pane'), timeline: b('.timeline-pane'), legend: b('details.legend') };
      });
      expect(boxes.map.bottom).toBeLessThanOrEqual(boxes.timeline.top + 1);
      expect(boxes.legend.bottom).toBeLessThanOrEqual(boxes.timeline.top + 1);
      const play = page.getByRole('button', { name: /Reproducir/ });
      await play.scrollIntoViewIfNeeded();
      await play.click({ trial: true, timeout: 5_000 }); // fails if another element would take the click
      expect(errors).toEqual([]);
      await context.close();
    });

  it('a figure clicked far down the totals brings the list of its events into view, its heading focused', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?region=PE-PUN`, {
      width: 1280,
      height: 800,
    });
    const foot = page.locator('[data-testid="totals-panel"] tfoot button').first();
    await foot.scrollIntoViewIfNeeded();
    await foot.click();
    const heading = page.locator('[data-testid="place-list"] h2');
    await heading.waitFor();
    const inView = () =>
      heading.evaluate((h) => {
        const side = h.closest('.side')!.getBoundingClientRect();
        const b = h.getBoundingClientRect();
        return b.top >= side.top - 1 && b.bottom <= side.bottom + 1 && document.activeElement === h;
      });
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('back to the whole country leaves the default link: no region and no map view in it', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?region=PE-PUN`);
    await idle(page);
    await page.getByRole('button', { name: /Volver a todo el país/ }).click();
    await idle(page);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('each shading mode changes the map pixels and the legend; off removes both', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=en`);
    await hideElements(page, '.legend, .maplibregl-control-container');
    const canvas = page.locator('canvas.maplibregl-canvas');
    const before = await canvas.screenshot();
    const legends = new Set<string>();
    let previous = before;
    for (const mode of SHADE_MODES.filter((m) => m !== 'off')) {
      await page.locator('[data-testid="shade-select"]').selectOption(mode);
      await idle(page);
      const legend = page.locator('[data-testid="shade-legend"]');
      expect(await legend.getAttribute('data-mode')).toBe(mode);
      legends.add((await legend.textContent()) ?? '');
      expect(await legend.locator('li').count()).toBeGreaterThan(2); // classes + "none"
      const png = await canvas.screenshot();
      expect(changed(png, previous)).toBeGreaterThan(0.005);
      previous = png;
      expect(new URL(page.url()).searchParams.get('shade')).toBe(mode);
      await page.screenshot({ path: `${SHOTS}/shade-${mode}.png` });
    }
    expect(legends.size).toBe(4); // four different legends
    await page.locator('[data-testid="shade-select"]').selectOption('off');
    await idle(page);
    expect(await page.locator('[data-testid="shade-legend"]').count()).toBe(0);
    expect(changed(await canvas.screenshot(), before)).toBeLessThan(0.002);
    await context.close();
  });

  it.each([
    ['with shading', '?shade=events'],
    ['with shading off (the default)', ''],
  ])(
    'clicking a region on the map focuses it, fits the map to it, and the button goes back to the country (%s)',
    async (_, query) => {
      const { page, context } = await openPage(getBrowser(), `${baseURL}${query}`);
      // A point in Loreto, far from any event.
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      const p = await page.evaluate(() => {
        const m = (
          document.querySelector('[data-testid=map]') as unknown as {
            maplibre: { project(ll: [number, number]): { x: number; y: number } };
          }
        ).maplibre;
        return m.project([-74.5, -4.2]);
      });
      const zoomBefore = await page.evaluate(() =>
        (
          document.querySelector('[data-testid=map]') as unknown as { maplibre: { getZoom(): number } }
        ).maplibre.getZoom(),
      );
      await page.mouse.move(box.x + p.x, box.y + p.y);
      // Hovering names the region and gives its figures for the range.
      const tip = page.locator('[data-testid="map"] [role="tooltip"]');
      await tip.waitFor({ timeout: 10_000 });
      expect(await tip.textContent()).toMatch(/Loreto[\s\S]*0 eventos/);
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === 'PE-LOR', null, {
        timeout: 15_000,
      });
      await idle(page);
      expect(await page.locator('[data-testid="region-label"]').textContent()).toBe('Loreto');
      // The tooltip stays with the region's figures, but no longer offers the click.
      expect(await tip.textContent()).toMatch(/Loreto/);
      expect(await tip.textContent()).not.toMatch(/clic/i);
      const zoomAfter = await page.evaluate(() =>
        (
          document.querySelector('[data-testid=map]') as unknown as { maplibre: { getZoom(): number } }
        ).maplibre.getZoom(),
      );
      expect(zoomAfter).toBeGreaterThan(zoomBefore); // fitted to the region
      await page.locator('[data-testid="region-back"]').click();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('region'), null, { timeout: 10_000 });
      // The button is gone; focus is on the region list beside it, not lost to the page.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('region-select');
      expect(await visibleCount(page)).toBe(dataset.events.length);

      // The keyboard way: the region list.
      await page.locator('[data-testid="region-select"]').focus();
      await page.locator('[data-testid="region-select"]').selectOption('PE-AYA');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === 'PE-AYA', null, {
        timeout: 10_000,
      });
      expect(await visibleCount(page)).toBe(regionEvents('PE-AYA', '2022-12-07', '2023-03-31').length);
      await context.close();
    },
  );

  it('the totals add up to the header figures, with the Defensoría’s count spelled out', async () => {
    for (const query of [
      '',
      '?region=PE-PUN&from=2023-01-04&to=2023-01-31',
      '?from=2022-12-10&to=2022-12-20&cat=repression,blockade,other',
    ]) {
      const { page, context } = await openPage(getBrowser(), `${baseURL}${query}`);
      const events = await visibleCount(page);
      const deaths = await num(page, 'visible-deaths');
      expect(await num(page, 'totals-events')).toBe(events);
      expect((await dataValues(page, '[data-testid="totals-category"]')).reduce((s, n) => s + n, 0)).toBe(events);
      expect(await num(page, 'totals-deaths')).toBe(deaths);
      expect((await dataValues(page, '[data-testid="totals-kind"]')).reduce((s, n) => s + n, 0)).toBe(deaths);
      expect((await dataValues(page, '[data-testid="totals-split"]')).reduce((s, n) => s + n, 0)).toBe(deaths);
      await context.close();
    }
    // The whole period: 75 = 67 counted by the Defensoría + 8, in the header and the panel.
    const { page, context } = await openPage(getBrowser(), baseURL);
    expect(await num(page, 'visible-deaths')).toBe(75);
    expect(await page.locator('[data-testid="deaths-split"]').textContent()).toMatch(/67\D+8/);
    expect(await page.locator('[data-testid="totals-defensoria"]').textContent()).toMatch(/67[\s\S]*Defensor[\s\S]*8/);
    // A figure opens the events behind it.
    await page.locator('[data-testid="totals-split"][data-kind="blockade"][data-counted="no"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="place-list"] li').length === 3);
    const names = await page.locator('[data-testid="place-list"] li').allTextContents();
    // The seven Haitian migrants the Defensoría does not count: three events.
    expect(names.join(' ')).toMatch(/haitianos/);
    await context.close();
  });

  it('the cumulative toll follows the range and marks the Defensoría’s totals, with a note where they differ', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?to=2023-01-12`);
    const toll = page.locator('[data-testid="toll"]');
    const paths = await toll.locator('path').count();
    expect(Number(await toll.getAttribute('data-counted'))).toBeGreaterThan(40);
    expect(await page.locator('[data-testid="toll-readout"]').textContent()).toMatch(/12 ene/);
    expect(await page.locator('[data-testid="toll-published"]').getAttribute('d')).toMatch(/M/);
    await page.locator('[data-testid="toll-note"] summary').click();
    expect(await page.locator('[data-testid="toll-difference"]').count()).toBeGreaterThan(0);
    // The note says why the line's figure (by date of death, from 7 December) can differ from the header's (the
    // deaths of the events in the period), and what the dashed line is.
    const note = (await page.locator('[data-testid="toll-note"]').textContent())!.replace(/\s+/g, ' ');
    expect(note).toMatch(/en la fecha en que ocurrió, desde el 7 de diciembre/);
    expect(note).toMatch(/pueden diferir/);
    expect(note).toMatch(/la discontinua, solo las que cuenta la Defensoría/);
    // Scrubbing to the end: the count reaches the ledger's 75, of which 67 the Defensoría counts; same DOM size.
    await page.locator('button', { hasText: 'Todo el periodo' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="toll"]')?.getAttribute('data-now') === '75');
    expect(await toll.getAttribute('data-counted')).toBe('67');
    expect(await toll.locator('path').count()).toBe(paths);
    await context.close();
  });

  it('keeps town names clear of the group rings, and saves the map at three zooms on a desktop and a phone', async () => {
    for (const [device, width, height] of [
      ['desktop', 1280, 800],
      ['phone', 375, 667],
    ] as const) {
      for (const [zoom, view] of [
        ['national', ''],
        ['regional', 'map=6.6/-15.2/-71.4'],
        ['city', 'map=11.5/-15.49/-70.13'],
      ] as const) {
        const { page, context } = await openPage(getBrowser(), `${baseURL}?${view}`, { width, height });
        // No basemap label is drawn inside a ring: labels were moved aside or left out.
        const overlaps = await page.evaluate(() => {
          const el = document.querySelector('[data-testid=map]') as unknown as {
            maplibre: { queryRenderedFeatures(b: [[number, number], [number, number]], o: object): unknown[] };
            atlasEvents: { drawn(): { groups: { x: number; y: number; total: number }[] } };
          };
          const out: number[] = [];
          for (const g of el.atlasEvents.drawn().groups) {
            const r = Math.min(30, Math.max(13, 10 + 2.2 * Math.sqrt(g.total))) * 0.6;
            const hits = el.maplibre.queryRenderedFeatures(
              [
                [g.x - r, g.y - r],
                [g.x + r, g.y + r],
              ],
              { layers: ['towns-label', 'region-labels'] },
            );
            out.push(hits.length);
          }
          return out;
        });
        expect(overlaps.every((n) => n === 0)).toBe(true);
        await page.screenshot({ path: `${SHOTS}/zoom-${zoom}-${device}.png` });
        await context.close();
      }
    }
    const { page, context } = await openPage(getBrowser(), `${baseURL}?region=PE-PUN&shade=deaths-per-100k`, {
      width: 375,
      height: 667,
    });
    await shot(page, 'region-puno-phone');
    await context.close();
  });
});
