/**
 * Issue 8, a fresh tester on the timeline: on phones a death dot sat under "Muertes por día", a range handle cut
 * through "Muertes acumuladas", the toll note's key ◆◇ wrapped onto a line of its own, and the toll's figure
 * differed from the header's with no visible word of why. What a reader sees at 320 and 375 px.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('timeline band names on a phone', () => {
  for (const [width, height, query] of [
    [320, 568, '?from=2023-03-01&to=2023-03-20'],
    [375, 667, '?region=PE-PUN&from=2023-01-04&to=2023-01-31'],
  ] as const)
    it(`at ${width} px (${query}): no dot or grip over a band's name; the note's key stays with its text`, async () => {
      const { page, context } = await openPage(getBrowser(), `${baseURL}${query}`, { width, height });
      const tab = page.locator('[data-testid=view-switch] button[data-pane=timeline]');
      if (await tab.isVisible()) await tab.click();
      await page.locator('[data-testid="toll-readout"]').waitFor({ state: 'visible' });
      const boxes = await page.evaluate(() => {
        const r = (el: Element) => {
          const b = el.getBoundingClientRect();
          return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        };
        const grips = [...document.querySelectorAll('.thumb .grip')].map((g) => {
          // The grip's painted parts: its box minus the hole (--gap-top … --gap-end) over the toll's names.
          const b = r(g);
          const s = getComputedStyle(g.parentElement!);
          const t0 = parseFloat(s.getPropertyValue('--gap-top'));
          const t1 = parseFloat(s.getPropertyValue('--gap-end'));
          return [
            { ...b, bottom: b.top + t0 },
            { ...b, top: b.top + t1 },
          ];
        });
        return {
          names: [
            r(document.querySelector('[data-testid="deaths-label"]')!),
            r(document.querySelector('[data-testid="toll"] .band-label')!),
          ],
          dots: [...document.querySelectorAll('g.deaths circle')].map(r),
          grips: grips.flat(),
          keyTop: document.querySelector('.toll-note summary .key')
            ? r(document.querySelector('.toll-note summary .key')!).top
            : null,
          textTop: document.querySelector('.toll-note summary .text')!.getClientRects()[0]!.top,
          summary: document.querySelector('[data-testid="toll-note-summary"]')!.textContent!.replace(/\s+/g, ' '),
        };
      });
      for (const n of boxes.names) {
        for (const d of boxes.dots) expect(overlaps(n, d)).toBe(false);
        for (const g of boxes.grips) expect(overlaps(n, g)).toBe(false);
      }
      if (query.includes('PE-PUN')) {
        // A region's view draws no Defensoría diamonds, so it has no key for them; the hint says why the figures differ.
        expect(boxes.keyTop).toBeNull();
        expect(boxes.summary).toMatch(/La línea cuenta por fecha de muerte: 3 de 30 quedan fuera del periodo/);
      } else {
        // The key on the first line of its text.
        expect(boxes.keyTop).not.toBeNull();
        expect(Math.abs(boxes.keyTop! - boxes.textTop)).toBeLessThan(12);
      }
      await context.close();
    });
});
