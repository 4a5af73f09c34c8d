/**
 * Issue 6 in the real browser: the guided-story reader driven step by step — buttons, arrow keys, a swipe, the
 * URL of each step, Back/Forward, leaving a step to explore and coming back, and the Stories menu.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapView, openPage, sharedBrowser, shot, visibleCount } from './browser';
import { dataset } from './fixtures';
import type { Story } from '../../src/lib/stories/schema';
import { parseDay } from '../../src/lib/time/days';
import { overlaps } from '../../src/lib/time/range';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();
const story = JSON.parse(readFileSync('dist/data/stories/juliaca-9-january-2023.json', 'utf8')) as Story;
const lima = JSON.parse(readFileSync('dist/data/stories/toma-de-lima-january-2023.json', 'utf8')) as Story;

/** Events a step shows, counted the way the atlas counts them. */
function stepCount(k: number): number {
  const s = story.steps[k]!;
  const range = { from: parseDay(s.from)!, to: parseDay(s.to)! };
  return dataset.events.filter(
    (e) =>
      overlaps(e.start, e.end, range) &&
      (!s.categories || s.categories.includes(e.category)) &&
      (!s.region || e.regions.includes(s.region)),
  ).length;
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
async function waitForStep(page: Page, n: number, s: Story = story) {
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('step') === v, String(n), {
    timeout: 15_000,
  });
  await page.locator('[data-testid="story-reader"] h2', { hasText: s.steps[n - 1]!.title.en }).waitFor();
  expect(await page.locator('[data-testid="story-step"]').textContent()).toBe(`Step ${n} of ${s.steps.length}`);
}

describe('the story reader', () => {
  it('steps through a story by button, key and swipe; every step is a URL that Back and Forward walk', async () => {
    const { page, context, errors } = await openPage(getBrowser(), `${baseURL}?story=${story.id}&step=1&lang=en`);
    await waitForStep(page, 1);
    expect(param(page, 'story')).toBe(story.id);
    expect(param(page, 'from')).toBeNull(); // the step says the view
    expect(await visibleCount(page)).toBe(stepCount(0));
    expect(await page.locator('[data-testid="story-prev"]').isDisabled()).toBe(true);

    await page.locator('[data-testid="story-next"]').click();
    await waitForStep(page, 2);
    expect(await visibleCount(page)).toBe(stepCount(1));
    // The focus is on "Next", inside the reader: the right arrow goes on.
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, 3);
    await page.waitForFunction(() => document.querySelector('[data-testid=map]')?.getAttribute('data-idle') === 'true');
    const v = await mapView(page);
    expect(v.lat).toBeCloseTo(story.steps[2]!.map.lat, 1);
    expect(v.lng).toBeCloseTo(story.steps[2]!.map.lng, 1);
    // Its events are listed under the text, by title.
    expect(await page.locator('[data-testid="story-reader"] .events').textContent()).toContain(
      dataset.events.find((e) => e.id === story.steps[2]!.events[0])!.title_en,
    );
    await shot(page, 'story-desktop');

    await page.goBack();
    await waitForStep(page, 2);
    await page.goForward();
    await waitForStep(page, 3);

    // With the focus on the page itself, the left arrow goes back a step.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowLeft');
    await waitForStep(page, 2);

    // A leftward swipe with a finger on the reader goes forward.
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid=story-reader]')!;
      const r = el.getBoundingClientRect();
      const at = (x: number, type: string) =>
        el.dispatchEvent(
          new PointerEvent(type, {
            pointerId: 7,
            pointerType: 'touch',
            isPrimary: true,
            clientX: x,
            clientY: r.top + 40,
            bubbles: true,
          }),
        );
      at(r.right - 20, 'pointerdown');
      at(r.right - 180, 'pointerup');
    });
    await waitForStep(page, 3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a reader can leave the step to explore and come back to the same step', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?story=${story.id}&step=2&lang=en`);
    await waitForStep(page, 2);
    const box = (await page.locator('[data-testid="map"]').boundingBox())!;
    // Pan the map: the reader is now exploring, and the link records the view and the step it left.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await page.locator('[data-testid="story-exploring"]').waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') !== null, null, {
      timeout: 10_000,
    });
    expect(param(page, 'step')).toBe('2');

    // Reload: the explored view comes back, with the story waiting at step 2.
    await page.reload();
    await page.locator('[data-testid="story-exploring"]').waitFor();

    await page.locator('[data-testid="story-resume"]').click();
    await waitForStep(page, 2);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') === null, null, {
      timeout: 10_000,
    });
    expect(await visibleCount(page)).toBe(stepCount(1));
    await context.close();
  });

  it('the Stories menu opens a story at its first step; closing it keeps the view', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=en`);
    await page.locator('[data-testid="stories-menu"] summary').click();
    const items = page.locator('[data-testid="stories-menu"] button[data-story]');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    await page.locator(`[data-story="${lima.id}"]`).click();
    await waitForStep(page, 1, lima);
    expect(param(page, 'story')).toBe(lima.id);
    await page.locator('[data-testid="story-reader"] button.close').click();
    await page.locator('[data-testid="story-reader"]').waitFor({ state: 'detached' });
    expect(param(page, 'story')).toBeNull();
    expect(param(page, 'from')).toBe(lima.steps[0]!.from);
    await context.close();
  });

  it('reads on a 375×667 phone: the step sits between the map and the timeline', async () => {
    const { page, context } = await openPage(getBrowser(), `${baseURL}?story=${lima.id}&step=2&lang=es`, {
      width: 375,
      height: 667,
    });
    await page.locator('[data-testid="story-reader"] h2', { hasText: lima.steps[1]!.title.es }).waitFor();
    const map = (await page.locator('[data-testid="map"]').boundingBox())!;
    const reader = (await page.locator('[data-testid="story-reader"]').boundingBox())!;
    const timeline = (await page.locator('[data-testid="timeline"]').boundingBox())!;
    expect(reader.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(timeline.y).toBeGreaterThanOrEqual(reader.y + reader.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'story-phone');
    await context.close();
  });
});
