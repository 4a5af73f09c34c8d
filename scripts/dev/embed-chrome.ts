// Dev helper: measure the embed's chrome (frame height minus map height) at several widths, both languages.
//   npx tsx scripts/dev/embed-chrome.ts 320 640 1000
import { preview } from 'vite';
import { launch } from '../../tests/e2e/browser';

const widths = process.argv.slice(2).map(Number);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
for (const touch of [false, true])
  for (const lang of ['en', 'es'])
    for (const w of widths) {
      const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, hasTouch: touch, isMobile: false });
      const page = await ctx.newPage();
      await page.goto(new URL(`?embed=1&lang=${lang}`, base).href);
      await page.waitForSelector('.map-pane');
      await page.waitForTimeout(1500);
      const r = await page.evaluate(() => {
        const map = document.querySelector('.map-pane')!.getBoundingClientRect().height;
        const root = document.querySelector('[data-testid="embed"]') as HTMLElement;
        const rows = Array.from(root.children).map(
          (c) => `${c.className.split(' ')[0]}:${Math.round(c.getBoundingClientRect().height)}`,
        );
        return { map, total: root.scrollHeight, rows };
      });
      console.log(touch ? 'touch' : 'fine', lang, w, 'chrome', Math.round(r.total - r.map), r.rows.join(' '));
      await ctx.close();
    }
await browser.close();
await server.close();
