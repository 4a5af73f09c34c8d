/**
 * Issue 11, point 6: input that people actually produce, with real pointer input (Playwright's mouse and CDP
 * touch events go through Chromium's input pipeline, as a hand would): a click with a few pixels of wobble is a
 * click; moving a 7-day window keeps 7 days; double clicks, a drag that leaves the window, a touch cancelled by
 * the system and a window resized mid-drag all end in a sane state — a valid range that the brush, the label, the
 * count and the URL agree on, and a timeline that answers the next drag normally.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { histogramEvents, openPage, sharedBrowser, timelineMark, visibleCount } from './browser';
import { dataset, expectedCount } from './fixtures';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

/** Pixel x (page) of the start of a day on the timeline, from the brush overlay (it spans the whole period). */
async function dayX(page: Page, day: string): Promise<number> {
  return page.evaluate((d) => {
    const r = (document.querySelector('.brush .overlay') as SVGRectElement).getBoundingClientRect();
    const start = Date.UTC(2022, 11, 7);
    const end = Date.UTC(2023, 3, 1);
    return r.left + ((Date.parse(`${d}T00:00:00Z`) - start) / (end - start)) * r.width;
  }, day);
}

/** The range in the state, the address bar, and the brush's drawn selection (page px), read together. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const s = (document.querySelector('.atlas') as unknown as { atlasState: { range: { from: number; to: number } } })
      .atlasState;
    const sel = document.querySelector('.brush .selection') as SVGRectElement | null;
    const box = sel && sel.style.display !== 'none' ? sel.getBoundingClientRect() : null;
    return {
      from: s.range.from,
      to: s.range.to,
      label: document.querySelector('[data-testid="range-label"]')?.textContent?.trim() ?? '',
      brush: box && box.width > 0 ? { left: box.left, right: box.right } : null,
    };
  });
}

/** The range as dates (YYYY-MM-DD) from the address bar, once it has been written (throttled). */
async function urlRange(page: Page, from: string, to: string) {
  await page.waitForFunction(
    ([f, t]) => {
      // The period's own ends are left out of the address (defaults).
      const p = new URL(location.href).searchParams;
      return (p.get('from') ?? '2022-12-07') === f && (p.get('to') ?? '2023-03-31') === t;
    },
    [from, to],
    { timeout: 10_000 },
  );
}

/** A horizontal mouse drag across the histogram band between two page x positions. */
async function drag(page: Page, x0: number, x1: number, y: number) {
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move((x0 + x1) / 2, y, { steps: 4 });
  await page.mouse.move(x1, y, { steps: 4 });
  await page.mouse.up();
}

async function bandY(page: Page) {
  const overlay = (await page.locator('.brush .overlay').boundingBox())!;
  return overlay.y + overlay.height / 2;
}

/** The brush draws exactly the state's range: its edges at the start of `from` and the end of `to`. */
async function expectBrushMatches(page: Page) {
  const s = await shown(page);
  const day = (n: number) => new Date(Date.UTC(2022, 11, 7) + n * 864e5).toISOString().slice(0, 10);
  const from = day(s.from - (await startDay(page)));
  const to = day(s.to - (await startDay(page)));
  expect(s.brush).not.toBeNull();
  expect(Math.abs(s.brush!.left - (await dayX(page, from)))).toBeLessThan(2);
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
  expect(Math.abs(s.brush!.right - (await dayX(page, next)))).toBeLessThan(2);
  return { from, to };
}

/** The day number of 7 Dec 2022 in the app's day scale (the period's first day). */
async function startDay(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (document.querySelector('.atlas') as unknown as { atlasState: { bounds: { from: number } } }).atlasState.bounds
        .from,
  );
}

describe('real pointer input on the timeline', () => {
  it('a click with a few pixels of wobble opens the event under it and leaves the range alone', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?lang=en`);
    const index = (await histogramEvents(page))[5]!;
    const box = (await timelineMark(page, index))!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 6, cy + 2, { steps: 3 });
    await page.mouse.up();
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(dataset.events[index]!.title_en);
    expect(await visibleCount(page)).toBe(dataset.events.length);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moving a 7-day window by dragging it keeps 7 days wherever it lands', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?from=2023-01-15&to=2023-01-21&lang=en`);
    const y = await bandY(page);
    const s0 = await shown(page);
    expect(s0.to - s0.from + 1).toBe(7);
    // Odd distances, so that the edges land between days.
    for (const dx of [37.3, -91.7, 13.1]) {
      const b = (await shown(page)).brush!;
      const mid = (b.left + b.right) / 2;
      await drag(page, mid, mid + dx, y);
      await page.waitForTimeout(100);
      const s = await shown(page);
      expect(s.to - s.from + 1, `after moving by ${dx}px`).toBe(7);
    }
    await expectBrushMatches(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a double click on an event opens it once; on an empty day it changes nothing', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?from=2023-01-15&to=2023-01-21&lang=en`);
    const index = (await histogramEvents(page))[2]!;
    const box = (await timelineMark(page, index))!;
    await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(dataset.events[index]!.title_en);
    // Opening it brought it into the range; the range is still a valid one the brush draws.
    const opened = await shown(page);
    expect(opened.from).toBeLessThanOrEqual(opened.to);
    await expectBrushMatches(page);

    // Close it, then double-click high in the histogram band, above any mark, outside the selection.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    const before = await shown(page);
    const overlay = (await page.locator('.brush .overlay').boundingBox())!;
    const x = (await dayX(page, '2023-03-28')) + 2;
    await page.mouse.dblclick(x, overlay.y + 2);
    await page.waitForTimeout(300);
    const after = await shown(page);
    expect([after.from, after.to, after.label]).toEqual([before.from, before.to, before.label]);
    expect(await panel.count()).toBe(0);
    await expectBrushMatches(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a drag that leaves the window ends at the edge of the period, and the pointer coming back moves nothing', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?lang=en`, { width: 1100 });
    const y = await bandY(page);
    const x0 = (await dayX(page, '2023-03-01')) + 2;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move(x0 + 200, y, { steps: 5 });
    // Out of the viewport on the right, and released there.
    await page.mouse.move(1100 + 150, y + 40, { steps: 5 });
    await page.mouse.up();
    await urlRange(page, '2023-03-01', '2023-03-31');
    const ended = await expectBrushMatches(page);
    expect(ended).toEqual({ from: '2023-03-01', to: '2023-03-31' });
    // Back over the chart with no button pressed: no drag is stuck on.
    await page.mouse.move((await dayX(page, '2023-01-10')) + 2, y, { steps: 8 });
    await page.waitForTimeout(300);
    expect(await expectBrushMatches(page)).toEqual(ended);
    expect(await visibleCount(page)).toBe(expectedCount('2023-03-01', '2023-03-31'));

    // The same with a slider thumb (pointer capture): dragged off the left edge, released outside.
    const thumb = (await page.locator('.thumb.start').boundingBox())!;
    await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
    await page.mouse.down();
    await page.mouse.move(-120, thumb.y - 60, { steps: 8 });
    await page.mouse.up();
    await urlRange(page, '2022-12-07', '2023-03-31');
    const whole = await shown(page);
    expect(whole.from).toBe(await startDay(page));
    await page.mouse.move((await dayX(page, '2023-02-10')) + 2, thumb.y + thumb.height / 2, { steps: 8 });
    await page.waitForTimeout(300);
    expect((await shown(page)).from).toBe(whole.from);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a touch drag the system cancels keeps a valid range, and the next drag works', async () => {
    const context = await getBrowser().newContext({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
      locale: 'en-GB',
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseURL}?lang=en`);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=visible-count]')?.textContent) > 0);
    // On a phone the timeline is one of the views (issue 7): show it.
    const tab = page.locator('[data-testid=view-switch] button[data-pane=timeline]');
    if (await tab.isVisible()) await tab.tap();
    await page.locator('.brush .overlay').waitFor();
    await page.locator('[data-testid=timeline]').scrollIntoViewIfNeeded();
    const cdp = await context.newCDPSession(page);
    const y = await bandY(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' || type === 'touchCancel' ? [] : [{ x, y, id: 1 }],
      });
    const x0 = (await dayX(page, '2023-01-05')) + 1;
    const x1 = (await dayX(page, '2023-01-25')) - 1;
    await touch('touchStart', x0);
    for (let i = 1; i <= 6; i++) await touch('touchMove', x0 + ((x1 - x0) * i) / 6);
    // An incoming call, a system gesture: the touch is cancelled before the finger lifts.
    await touch('touchCancel', x1);
    await page.waitForTimeout(400);
    const cut = await shown(page);
    expect(cut.from).toBeLessThanOrEqual(cut.to);
    await expectBrushMatches(page);

    // A new drag starts from nothing left over by the cancelled one.
    const x2 = (await dayX(page, '2023-02-10')) + 1;
    const x3 = (await dayX(page, '2023-02-20')) - 1;
    await touch('touchStart', x2);
    for (let i = 1; i <= 6; i++) await touch('touchMove', x2 + ((x3 - x2) * i) / 6);
    await touch('touchEnd', x3);
    await urlRange(page, '2023-02-10', '2023-02-19');
    expect(await expectBrushMatches(page)).toEqual({ from: '2023-02-10', to: '2023-02-19' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a window resized in the middle of a drag ends with the brush drawing the state, and the next drag works', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?lang=en`, { width: 1280 });
    const y = await bandY(page);
    const x0 = (await dayX(page, '2023-01-10')) + 2;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move(x0 + 120, y, { steps: 5 });
    // The reader turns the tablet, or snaps the window to half the screen, with the button still down.
    await page.setViewportSize({ width: 820, height: 800 });
    await page.waitForTimeout(300);
    await page.mouse.move(x0 + 40, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(400);
    const s = await shown(page);
    expect(s.from).toBeLessThanOrEqual(s.to);
    if (s.brush) await expectBrushMatches(page);
    // No horizontal scrolling at the new width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);

    const y2 = await bandY(page);
    await drag(page, (await dayX(page, '2023-02-01')) + 2, (await dayX(page, '2023-02-08')) - 2, y2);
    await urlRange(page, '2023-02-01', '2023-02-07');
    expect(await expectBrushMatches(page)).toEqual({ from: '2023-02-01', to: '2023-02-07' });
    expect(await visibleCount(page)).toBe(expectedCount('2023-02-01', '2023-02-07'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
