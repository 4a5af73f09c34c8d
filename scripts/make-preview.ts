/**
 * Makes the link-preview image (public/preview.png, 1200×630, the size Open Graph and X/Twitter cards show) from
 * the built app in Debian's Chromium: the atlas on the weeks of the Juliaca killings and the Toma de Lima, in
 * Spanish. The output is committed; run it again after a change that alters how the atlas looks.
 *
 *   npm run build && npx tsx scripts/make-preview.ts [out.png]
 */
import { preview } from 'vite';
import { launch, waitForMap } from '../tests/e2e/browser';

const out = process.argv[2] ?? 'public/preview.png';
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
try {
  const context = await browser.newContext({
    // A 1440×756 page drawn at 5/6 scale: 1200×630 pixels, with room for the map beside the panel.
    viewport: { width: 1440, height: 756 },
    locale: 'es-PE',
    timezoneId: 'America/Lima',
    deviceScaleFactor: 1200 / 1440,
  });
  const page = await context.newPage();
  await page.goto(new URL('?from=2023-01-04&to=2023-01-28&lang=es', base).href);
  await waitForMap(page);
  // The legend folded away, so the map shows whole; no hover focus in the picture.
  await page.locator('details:has(> summary:text-is("Leyenda"))').evaluate((d: HTMLDetailsElement) => (d.open = false));
  await page.mouse.move(1, 1);
  await page.waitForTimeout(800);
  await page.screenshot({ path: out });
  console.log(`${out}: 1200×630`);
} finally {
  await browser.close();
  await server.close();
}
