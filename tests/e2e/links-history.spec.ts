/**
 * Issue 6 in the real browser: a link made on dataset 1.0.0 opened on the current data (the old events, a notice
 * of what changed in the view with the reasons, one click to the current data, Back to the old one), an old id
 * merged into another, and Back/Forward after opening an event while scrubbing never adds entries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { histogramEvents, openPage, sharedBrowser, shot, timelineMark, visibleCount, waitForMap } from './browser';
import { dataset, expectedCount } from './fixtures';
import { parseCollection } from '../../src/lib/data/load';
import { changesInView, parseManifest } from '../../src/lib/data/versions';
import { CATEGORIES } from '../../src/lib/data/schema';
import { parseDay } from '../../src/lib/time/days';
import { overlaps } from '../../src/lib/time/range';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

const manifest = parseManifest(JSON.parse(readFileSync('dist/data/versions.json', 'utf8')))!;
const v100 = parseCollection(JSON.parse(readFileSync('dist/data/v/1.0.0/events.geojson', 'utf8')));
const range = { from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! };
const oldCount = v100.events.filter((e) => overlaps(e.start, e.end, range)).length;
const changes = changesInView(manifest.changes['1.0.0']!, { range, categories: CATEGORIES, region: null });

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
async function waitForParam(page: Page, key: string, value: string | null) {
  await page.waitForFunction(([k, v]) => new URL(location.href).searchParams.get(k!) === v, [key, value] as const, {
    timeout: 15_000,
  });
}

describe('links that stay true', () => {
  it('a 1.0.0 link shows the events as they were, says what changed in its view and switches to the current data', async () => {
    expect(manifest.current).not.toBe('1.0.0');
    expect(changes.length).toBeGreaterThan(0);
    const { page, context, errors } = await openPage(
      getBrowser(),
      `${baseURL}?from=2023-01-15&to=2023-01-22&lang=en&v=1.0.0`,
    );
    expect(await visibleCount(page)).toBe(oldCount);
    const notice = page.locator('[data-testid="version-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`version 1.0.0`);
    expect(await notice.textContent()).toContain(`The current version is ${manifest.current}`);
    const tally = (await page.locator('[data-testid="version-tally"]').textContent())!.replace(/\s+/g, ' ');
    for (const kind of ['added', 'corrected', 'removed'] as const) {
      const n = changes.filter((c) => c.kind === kind).length;
      if (n) expect(tally).toContain(`${n} ${kind}`);
    }
    await notice.getByRole('button', { name: 'See the changes' }).click();
    const items = page.locator('[data-testid="version-changes"] > li');
    expect(await items.count()).toBe(changes.length);
    // Every change carries the changelog's reason, in full (wrapped lines joined).
    const first = changes.find((c) => c.reasons.length)!;
    expect(await page.locator('[data-testid="version-changes"]').textContent()).toContain(first.reasons[0]!.text);
    await shot(page, 'version-notice-desktop');
    const entries = await page.evaluate(() => history.length);

    await page.locator('[data-testid="use-current"]').click();
    await waitForParam(page, 'v', manifest.current);
    await waitForMap(page);
    await notice.waitFor({ state: 'detached' });
    expect(await visibleCount(page)).toBe(expectedCount('2023-01-15', '2023-01-22'));
    expect(param(page, 'from')).toBe('2023-01-15');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    // Back returns to the link as it was made, with its notice.
    await page.goBack();
    await waitForParam(page, 'v', '1.0.0');
    await notice.waitFor();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=visible-count]')?.textContent?.replace(/\D/g, '') === String(n),
      oldCount,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link naming a version that is not kept opens the current data and says so', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?v=0.9.0&lang=en`);
    const note = page.locator('[data-testid="version-missing"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('0.9.0');
    expect(await visibleCount(page)).toBe(dataset.events.length);
    await waitForParam(page, 'v', manifest.current);
    await context.close();
  });

  it('an old id merged into another event opens the event that replaced it', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    const page = await context.newPage();
    const target = '2023-01-19-toma-de-lima-march';
    // The redirect a merge writes (data/redirects.csv → versions.json), served for this test.
    await page.route('**/data/versions.json', async (route) => {
      const body = JSON.parse(readFileSync('dist/data/versions.json', 'utf8'));
      body.redirects = { ...body.redirects, '2023-01-19-lima-march-merged-away': target };
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) });
    });
    await page.goto(`${baseURL}?event=2023-01-19-lima-march-merged-away&lang=en`);
    await waitForMap(page);
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(dataset.events.find((e) => e.id === target)!.title_en);
    await waitForParam(page, 'event', target);
    await context.close();
  });
});

describe('history', () => {
  it('Back after opening an event closes it; scrubbing the range never adds an entry', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?from=2023-01-09&to=2023-01-20&lang=en`);
    const start = await page.evaluate(() => history.length);
    // Scrub with the keyboard: five steps of the range, one entry replaced each time.
    await page.locator('[role=slider]').first().focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await waitForParam(page, 'from', '2023-01-14');
    expect(await page.evaluate(() => history.length)).toBe(start);

    const index = (await histogramEvents(page))[2]!;
    const box = (await timelineMark(page, index))!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    await waitForParam(page, 'event', dataset.events[index]!.id);
    expect(await page.evaluate(() => history.length)).toBe(start + 1);

    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    await waitForParam(page, 'event', null);
    expect(param(page, 'from')).toBe('2023-01-14'); // the scrubbed range, as it was before the event opened

    await page.goForward();
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(dataset.events[index]!.title_en);
    expect(errors).toEqual([]);
    await context.close();
  });
});
