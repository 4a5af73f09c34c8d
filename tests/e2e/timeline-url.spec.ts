import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  drawnEvents,
  histogramEvents,
  mapFocus,
  mapView,
  openPage,
  sharedBrowser,
  timelineMark,
  visibleCount,
} from './browser';
import { dataset, expectedCount } from './fixtures';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

/** Pixel x of the start of a day on the timeline, read from the rendered axis scale via the brush overlay. */
async function dayX(page: Page, day: string): Promise<number> {
  return page.evaluate((d) => {
    const overlay = document.querySelector('.brush .overlay') as SVGRectElement;
    const r = overlay.getBoundingClientRect();
    const start = Date.UTC(2022, 11, 7);
    const end = Date.UTC(2023, 3, 1);
    const t = Date.parse(`${d}T00:00:00Z`);
    return r.left + ((t - start) / (end - start)) * r.width;
  }, day);
}

async function waitForUrl(page: Page, key: string, value: string) {
  await page.waitForFunction(([k, v]) => new URL(location.href).searchParams.get(k!) === v, [key, value], {
    timeout: 10_000,
  });
}

describe('timeline and URL', () => {
  it('dragging on the timeline selects a range: the count and the URL follow', async () => {
    const { page, context } = await openPage(getBrowser(), baseURL);
    const overlay = (await page.locator('.brush .overlay').boundingBox())!;
    const y = overlay.y + overlay.height / 2;
    // Drag from the middle of 15 Jan to the middle of 22 Jan.
    const x0 = (await dayX(page, '2023-01-15')) + 2;
    const x1 = (await dayX(page, '2023-01-23')) - 2;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, y, { steps: 4 });
    await page.mouse.move(x1, y, { steps: 4 });
    await page.mouse.up();
    await waitForUrl(page, 'to', '2023-01-22');
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('2023-01-15');
    expect(await visibleCount(page)).toBe(expectedCount('2023-01-15', '2023-01-22'));
    expect(await page.locator('[data-testid="range-label"]').textContent()).toMatch(/15 ene\.? 2023/);

    // Drag the right edge of the brush one week further: the range grows and the URL follows.
    const handle = (await page.locator('.brush .handle--e').boundingBox())!;
    const hx = handle.x + handle.width / 2;
    const target = (await dayX(page, '2023-01-30')) - 2;
    await page.mouse.move(hx, y);
    await page.mouse.down();
    await page.mouse.move(target, y, { steps: 5 });
    await page.mouse.up();
    await waitForUrl(page, 'to', '2023-01-29');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2023-01-15');
    expect(await visibleCount(page)).toBe(expectedCount('2023-01-15', '2023-01-29'));
    await context.close();
  });

  it('a deep link restores range, categories, selection, language and map view', async () => {
    const event = dataset.events.find((e) => e.id === '2023-01-19-toma-de-lima-march')!;
    const url = `${baseURL}?from=2023-01-15&to=2023-01-22&cat=march,repression&event=${event.id}&lang=en&map=6.5/-12.5/-75.5`;
    const { page, context } = await openPage(getBrowser(), url, { timezoneId: 'America/Lima' });
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(event.title_en);
    expect(await visibleCount(page)).toBe(expectedCount('2023-01-15', '2023-01-22', ['march', 'repression']));
    expect(await page.locator('[data-testid="range-label"]').textContent()).toBe('15 Jan 2023 – 22 Jan 2023');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('.filters .toggle[aria-pressed="true"]').count()).toBe(2);
    const view = await mapView(page);
    expect(view.zoom).toBeCloseTo(6.5, 1);
    expect(view.lat).toBeCloseTo(-12.5, 1);
    expect(view.lng).toBeCloseTo(-75.5, 1);
    // The URL the app writes back is the same view (no drift, no day shift in a UTC−5 zone).
    const written = new URL(page.url()).searchParams;
    expect(written.get('from')).toBe('2023-01-15');
    expect(written.get('to')).toBe('2023-01-22');
    expect(written.get('event')).toBe(event.id);
    await context.close();
  });

  it('bad parameters are ignored or clamped and the page still works', async () => {
    const { page, context, errors } = await openPage(
      getBrowser(),
      `${baseURL}?from=2020-01-01&to=banana&cat=riot&event=%3Cscript%3E&lang=xx&map=999/abc/1`,
    );
    expect(await visibleCount(page)).toBe(dataset.events.length);
    expect(await page.locator('[data-testid="detail-panel"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hovering an event on the map highlights its cell on the timeline', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?map=9/-13.52/-71.98`);
    const hit = (await drawnEvents(page)).singles[0];
    expect(hit).toBeDefined();
    await page.mouse.move(hit!.x, hit!.y);
    const focused = page.locator('[data-testid=timeline] rect.focus');
    await focused.waitFor();
    const mark = (await timelineMark(page, hit!.index))!;
    expect(Number(await focused.getAttribute('x'))).toBeCloseTo(
      mark.x - (await page.locator('[data-testid=timeline] svg').boundingBox())!.x,
      0,
    );
    await context.close();
  });

  it('hovering a cell on the timeline draws a focus ring on that event on the map', async () => {
    const { page, context } = await openPage(getBrowser(), baseURL);
    const index = (await histogramEvents(page))[0]!;
    const cell = (await timelineMark(page, index))!;
    await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2);
    await page.locator('.timeline .tip').waitFor();
    await page.waitForFunction(() => true);
    expect((await mapFocus(page))[0]).toBe(index);
    expect(await page.locator('.timeline .tip strong').textContent()).toBe(dataset.events[index]!.title_es);
    await context.close();
  });

  it('clicking a cell on the timeline opens that event, without changing the range', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=en`);
    const index = (await histogramEvents(page))[3]!;
    const box = (await timelineMark(page, index))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(dataset.events[index]!.title_en);
    expect(await visibleCount(page)).toBe(dataset.events.length);
    await context.close();
  });
});
