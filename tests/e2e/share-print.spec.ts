/**
 * Issue 6 in the real browser: "Copy link" and the citations of the view (also inside a sandboxed iframe), and
 * printing — PDFs at A4 and Letter, portrait and landscape, from a wide and a phone-sized window, turned into
 * images (poppler's pdftoppm, under test-results/print/) and text, with the layout checked at each page width.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser, waitForMap } from './browser';
import { dataset } from './fixtures';
import { parseManifest } from '../../src/lib/data/versions';
import { parseDay } from '../../src/lib/time/days';
import { overlaps } from '../../src/lib/time/range';

const baseURL = inject('baseURL');
const getBrowser = sharedBrowser();
const current = parseManifest(JSON.parse(readFileSync('dist/data/versions.json', 'utf8')))!.current;
const PRINT_DIR = 'test-results/print';

describe('share and cite', () => {
  it('the page carries link-preview metadata and its preview image is there, 1200×630', async () => {
    const html = await (await fetch(baseURL)).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}"\\s+content="([^"]*)"`).exec(html.replace(/\s+/g, ' '))?.[1];
    expect(meta('og:title')).toContain('Peru Protest Atlas');
    expect(meta('og:description')).toBeTruthy();
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = new URL(meta('og:image')!, baseURL).href;
    expect(meta('twitter:image')).toBe(meta('og:image'));
    const res = await fetch(image);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // the IHDR width and height
  });

  it('copies the permanent link of the view and gives its citation in APA, MLA and Chicago', async () => {
    const { page, context, errors } = await openPage(
      getBrowser(),
      `${baseURL}?from=2023-01-15&to=2023-01-22&cat=march,repression&lang=en&utm_source=x`,
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await page.locator('[data-testid="share-open"]').click();
    const dialog = page.locator('[data-testid="share-dialog"]');
    await dialog.waitFor();
    // The permanent link: the view, the data version, nothing foreign (utm_*), whatever the page's own URL holds.
    const permalink = `${baseURL}?from=2023-01-15&to=2023-01-22&cat=march,repression&lang=en&v=${current}`;
    expect(await page.locator('[data-testid="share-link"]').inputValue()).toBe(permalink);
    await page.locator('[data-testid="copy-link"]').click();
    await page.locator('[data-testid="copy-status"]', { hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);

    // openPage's browser runs in Pacific/Auckland: the access date is the reader's day there.
    const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'Pacific/Auckland' }).format(
      new Date(),
    );
    const apa = (await page.locator('[data-testid="cite-apa"] .text').textContent())!.replace(/\s+/g, ' ');
    expect(apa).toContain(`(Version ${current}) [Data set; interactive map and timeline, view of 15`);
    expect(apa).toContain('marches and repression/clashes');
    expect(apa).toContain(`Retrieved ${today}, from ${permalink}`);
    expect(await page.locator('[data-testid="cite-apa"] i').textContent()).toBe(dataset.meta.title);
    const mla = (await page.locator('[data-testid="cite-mla"] .text').textContent())!;
    expect(mla).toMatch(new RegExp(`version ${current.replace(/\./g, '\\.')}, Peru Protest Atlas, .*Accessed \\d+ `));
    const chicago = (await page.locator('[data-testid="cite-chicago"] .text').textContent())!;
    expect(chicago).toContain(`Version ${current}. Data set;`);
    expect(chicago).toContain(`Accessed ${today}. ${permalink}.`);

    // Copying a citation puts it on the clipboard as plain text.
    await page.locator('[data-testid="cite-chicago"] button').click();
    // The clipboard write is asynchronous: wait for the button to say it is done.
    await page.locator('[data-testid="cite-chicago"]', { hasText: 'Copied' }).waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\s+/g, ' ')).toBe(
      chicago.replace(/\s+/g, ' ').trim(),
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('inside a sandboxed iframe without clipboard permission, "Copy link" does not crash and leaves the link selected or copied', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setContent(
      `<h1>An article</h1><iframe src="${baseURL}?from=2023-01-09&to=2023-01-09&lang=en" width="1000" height="760"
        sandbox="allow-scripts allow-same-origin allow-popups" title="Atlas"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await frame.locator('[data-testid="share-open"]').click();
    await frame.locator('[data-testid="copy-link"]').click();
    const status = (await frame.locator('[data-testid="copy-status"]').textContent())!;
    expect(status).toMatch(/Copied|press Ctrl\+C/);
    const selected = await frame
      .locator('[data-testid="share-link"]')
      .evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
    if (/Ctrl/.test(status)) expect(selected).toContain(`v=${current}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Paper sizes in mm, and the page margin of the print stylesheet. */
const PAPER = { A4: [210, 297], Letter: [215.9, 279.4] } as const;
const MARGIN_MM = 12;
const mmToPx = (mm: number) => (mm * 96) / 25.4;

function pdfText(file: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Lays the printed page out at the content width of a sheet, as the browser does, and measures it. */
async function printLayout(page: Page, widthPx: number) {
  await page.emulateMedia({ media: 'print' });
  const original = page.viewportSize()!;
  await page.setViewportSize({ width: Math.floor(widthPx), height: original.height });
  const m = await page.evaluate(async () => {
    (document.documentElement as HTMLElement & { atlasPreparePrint(): void }).atlasPreparePrint();
    await document.querySelector<HTMLImageElement>('.print-view .map img')?.decode();
    const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const overflowing = [...document.querySelectorAll('.print-view *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName}.${el.className}`);
    const img = document.querySelector('.print-view .map img');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      overflowing,
      map: img ? box('.print-view .map img').toJSON() : null,
      mapNatural: img ? (img as HTMLImageElement).naturalWidth : 0,
      timeline: box('.print-view .timeline').toJSON(),
      legend: box('.print-view .legend').toJSON(),
      shade: document.querySelector('.print-view [data-testid="print-shade-legend"]')?.getBoundingClientRect().toJSON(),
      screenHidden: getComputedStyle(document.querySelector('.atlas > header, .atlas header')!).display === 'none',
    };
  });
  {
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: null });
    await page.setViewportSize(original);
  }
  return m;
}

describe('print', () => {
  const range = { from: parseDay('2023-01-15')!, to: parseDay('2023-01-22')! };
  const inView = dataset.events.filter((e) => overlaps(e.start, e.end, range));

  for (const width of [1280, 375]) {
    it(`prints map, timeline and every event in the view with its sources on A4 and Letter, both ways, from a ${width}px window`, async () => {
      mkdirSync(PRINT_DIR, { recursive: true });
      const { page, context, errors } = await openPage(
        getBrowser(),
        `${baseURL}?from=2023-01-15&to=2023-01-22&lang=en`,
        {
          width,
          height: width > 500 ? 800 : 667,
        },
      );
      for (const [format, [w, h]] of Object.entries(PAPER)) {
        for (const landscape of [false, true]) {
          const name = `${width}px-${format}-${landscape ? 'landscape' : 'portrait'}`;
          // At the sheet's content width: nothing wider than the page, map above timeline above legend.
          const contentWidth = mmToPx((landscape ? h : w) - 2 * MARGIN_MM);
          const m = await printLayout(page, contentWidth);
          expect(m.screenHidden, name).toBe(true);
          expect(m.overflowing, name).toEqual([]);
          expect(m.scrollWidth, name).toBeLessThanOrEqual(m.width);
          expect(m.map, name).not.toBeNull();
          expect(m.mapNatural, name).toBeGreaterThanOrEqual(600); // drawn for paper, not a thumbnail
          expect(m.map!.bottom, name).toBeLessThanOrEqual(m.timeline.top + 0.5);
          expect(m.timeline.bottom, name).toBeLessThanOrEqual(m.legend.top + 0.5);
          await waitForMap(page);

          const file = `${PRINT_DIR}/${name}.pdf`;
          await page.pdf({ path: file, format: format as 'A4' | 'Letter', landscape, printBackground: true });
          execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', file, `${PRINT_DIR}/${name}`]);
          const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
          expect(pages, name).toBeGreaterThanOrEqual(2);
          const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' });
          expect(
            images
              .split('\n')
              .slice(2)
              .filter((l) => l.trim()).length,
            `${name}: the map on page 1`,
          ).toBe(1);
          const first = pdfText(file, 1).replace(/\s+/g, ' ');
          expect(first).toContain('Peru Protest Atlas');
          expect(first).toContain(`Peru Protest Atlas v${current}`);
          expect(first).toMatch(/view of 15\s?–\s?22 January 2023/);
          const all = pdfText(file).replace(/\s+/g, ' ');
          // pdftotext joins a line ending in "-" with the next one (dehyphenation): compare URLs without "-".
          const squeezed = all.replace(/[\s-]/g, '');
          for (const e of inView) {
            expect(all, `${name}: ${e.id}`).toContain(e.title_en.replace(/\s+/g, ' '));
            for (const s of e.sources) expect(squeezed, `${name}: ${s.url}`).toContain(s.url.replace(/[\s-]/g, ''));
          }
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('with region shading on, the printed map carries its legend: the measure and every class, under the picture', async () => {
    mkdirSync(PRINT_DIR, { recursive: true });
    const { page, context, errors } = await openPage(
      getBrowser(),
      `${baseURL}?from=2022-12-07&to=2023-03-31&shade=deaths&lang=en`,
      { width: 1280, height: 800 },
    );
    await waitForMap(page);
    const onScreen = await page.locator('[data-testid="shade-legend"] li').allTextContents();
    expect(onScreen.length).toBeGreaterThanOrEqual(3); // classes, then "None"
    for (const landscape of [false, true]) {
      const name = `shade-deaths-A4-${landscape ? 'landscape' : 'portrait'}`;
      const m = await printLayout(page, mmToPx((landscape ? PAPER.A4[1] : PAPER.A4[0]) - 2 * MARGIN_MM));
      expect(m.overflowing, name).toEqual([]);
      expect(m.shade, `${name}: a legend for the shading`).toBeTruthy();
      expect(m.shade!.top, name).toBeGreaterThanOrEqual(m.map!.bottom - 0.5);
      expect(m.shade!.bottom, name).toBeLessThanOrEqual(m.timeline.top + 0.5);
      const file = `${PRINT_DIR}/${name}.pdf`;
      await page.pdf({ path: file, format: 'A4', landscape, printBackground: true });
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, `${PRINT_DIR}/${name}`]);
      const first = pdfText(file, 1).replace(/\s+/g, ' ');
      expect(first, name).toContain('Deaths');
      for (const label of onScreen) expect(first, `${name}: class ${label}`).toContain(label.trim());
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('printing an embed (here from a phone) gives the printed page of the full atlas, not the screen layout', async () => {
    mkdirSync(PRINT_DIR, { recursive: true });
    const { page, context, errors } = await openPage(
      getBrowser(),
      `${baseURL}?embed=1&from=2023-01-15&to=2023-01-22&lang=en`,
      { width: 375, height: 667 },
    );
    await waitForMap(page);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => {
      (document.documentElement as HTMLElement & { atlasPreparePrint(): void }).atlasPreparePrint();
      const shown = (s: string) => getComputedStyle(document.querySelector(s)!).display !== 'none';
      return { top: shown('.embed > .top'), timeline: shown('.embed > .timeline-pane'), print: shown('.print-view') };
    });
    expect(hidden).toEqual({ top: false, timeline: false, print: true });
    const file = `${PRINT_DIR}/embed-375-A4-portrait.pdf`;
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', file, `${PRINT_DIR}/embed-375-A4-portrait`]);
    const all = pdfText(file).replace(/\s+/g, ' ');
    expect(all).toMatch(/view of 15\s?–\s?22 January 2023/);
    const squeezed = all.replace(/[\s-]/g, '');
    for (const e of inView) {
      expect(all, e.id).toContain(e.title_en.replace(/\s+/g, ' '));
      for (const src of e.sources) expect(squeezed, src.url).toContain(src.url.replace(/[\s-]/g, ''));
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
