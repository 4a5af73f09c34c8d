// Dev helper (not part of the app): serve dist/, open a URL in Debian's Chromium, screenshot it, print errors.
//   npx tsx scripts/dev/shot.ts '/?from=2023-01-15&to=2023-01-22' out.png [width] [height]
//   DIST=bench/dist/10000 … serves another build (a bench build of a synthetic dataset, issue 10).
import { preview } from 'vite';
import { launch, waitForMap } from '../../tests/e2e/browser';

const [path = '/', out = '/tmp/shot.png', w = '1280', h = '800'] = process.argv.slice(2);
const server = await preview({
  ...(process.env.DIST ? { configFile: false as const, base: './', build: { outDir: process.env.DIST } } : {}),
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'error',
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
const ctx = await browser.newContext({
  viewport: { width: +w, height: +h },
  locale: 'es-PE',
  timezoneId: 'Pacific/Auckland',
  deviceScaleFactor: Number(process.env.DPR ?? 1),
});
const page = await ctx.newPage();
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await page.goto(new URL(path.replace(/^\//, ''), base).href);
try {
  await waitForMap(page);
} catch (e) {
  errors.push('waitForMap: ' + String(e).slice(0, 200));
}
await page.waitForTimeout(500);
const clip = process.env.CLIP?.split(',').map(Number);
await page.screenshot({
  path: out,
  fullPage: !clip,
  ...(clip ? { clip: { x: clip[0]!, y: clip[1]!, width: clip[2]!, height: clip[3]! } } : {}),
});
console.log(errors.length ? errors.join('\n') : 'no errors');
await browser.close();
await server.close();
