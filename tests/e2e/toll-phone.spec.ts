/**
 * Issue 8, a fresh tester's findings on a phone: the toll readout dropped the Defensoría's figure, the Spanish
 * totals had wide gaps (44 px targets inside a sentence) and the cumulative line lay flat in a band of about 20 px.
 * What a reader sees at 375 and 320 px, in both languages, and on a desktop for the line.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from './browser';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
const box = (page: Page, sel: string) =>
  page
    .locator(sel)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height } as Box;
    });

async function showTimeline(page: Page) {
  const tab = page.locator('[data-testid=view-switch] button[data-pane=timeline]');
  if (await tab.isVisible()) await tab.click();
  await page.locator('[data-testid="toll-readout"]').waitFor({ state: 'visible' });
}

describe('the cumulative toll and the totals on a phone', () => {
  for (const [width, height] of [
    [375, 667],
    [320, 568],
  ] as const)
    for (const lang of ['es', 'en'] as const)
      it(`at ${width} px (${lang}), the toll shows the atlas's count and the Defensoría's, and the totals fit`, async () => {
        const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=${lang}`, { width, height });
        await showTimeline(page);
        const readout = (await page.locator('[data-testid="toll-readout"]').textContent())!;
        expect(readout).toMatch(lang === 'es' ? /^75 hasta el 31 mar\. 2023/ : /^75 by 31 Mar 2023/);
        expect(readout).toMatch(lang === 'es' ? /67 contadas por la Defensoría/ : /67 counted by the Defensoría/);
        // Both figures are drawn inside the window, one above the other, clear of the band's name.
        const main = await box(page, '[data-testid="toll-readout-main"]');
        const official = await box(page, '[data-testid="toll-readout-official"]');
        const name = await box(page, '[data-testid="toll"] .band-label');
        for (const b of [main, official]) {
          expect(b.width).toBeGreaterThan(20);
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(width);
        }
        expect(official.top).toBeGreaterThan(main.top + 8);
        expect(name.right).toBeLessThan(main.left);

        // The totals: nothing wider than the window, each figure of the deaths table inside it and in its column,
        // no word of a kind's name cut.
        const panel = page.locator('[data-testid="totals-table"]');
        await panel.scrollIntoViewIfNeeded();
        const table = await box(page, '[data-testid="totals-table"]');
        expect(table.left).toBeGreaterThanOrEqual(0);
        expect(table.right).toBeLessThanOrEqual(width);
        const figures = await panel.locator('[data-testid="totals-split"]').evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { right: r.right, counted: el.getAttribute('data-counted') };
          }),
        );
        expect(figures.length).toBeGreaterThanOrEqual(5);
        for (const f of figures) expect(f.right).toBeLessThanOrEqual(width);
        // Figures of one column end at the same x (right-aligned, tabular digits).
        for (const c of ['yes', 'no']) {
          const xs = figures.filter((f) => f.counted === c).map((f) => Math.round(f.right));
          expect(new Set(xs).size).toBe(1);
        }
        // No gap inside the sentence: the Defensoría's count sits next to its words (a 44 px target left 30 px).
        const gaps = await page
          .locator('[data-testid="totals-defensoria"] strong')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
        for (const g of gaps) expect(g).toBeLessThan(24);
        // Kind names wrap between words only.
        const cut = await panel.evaluate((t) => {
          const out: string[] = [];
          for (const el of t.querySelectorAll('tbody tr')) {
            const cell = el.querySelector('th:not(.visually-hidden), .kind-row td');
            if (!cell) continue;
            // Each word of the name is drawn on one line (a word cut in two has two boxes).
            const text = cell.firstChild!;
            for (const m of (text.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              if (range.getClientRects().length > 1) out.push(m[0]);
            }
          }
          return out;
        });
        expect(cut).toEqual([]);
        await context.close();
      });

  for (const [width, height, query] of [
    [375, 667, ''],
    [1280, 800, ''],
    [375, 667, '&from=2023-01-04&to=2023-01-31'],
  ] as const)
    it(`at ${width} px${query ? ' on a short range' : ''}, the toll's rise uses most of its band, with gridline values`, async () => {
      const { page, context } = await openPage(getBrowser(), `${baseURL}?lang=es${query}`, { width, height });
      await showTimeline(page);
      const line = await box(page, '[data-testid="toll-line"]');
      const band = await box(page, '[data-testid="toll"]');
      // The whole period's line (drawn over the range, faint outside it) climbs over at least 40 px and most of
      // the band's height; values label the gridlines.
      expect(line.height).toBeGreaterThanOrEqual(40);
      expect(line.height / band.height).toBeGreaterThan(0.55);
      expect(await page.locator('[data-testid="toll-tick"]').allTextContents()).toEqual(['20', '40', '60', '80']);
      await context.close();
    });
});
