// Dev helper (issue 10): what the first load fetches and when, against the first frame with events. Serves a bench
// build (bench/dist/<size>) and prints each request's start and end (ms since navigation) and the frame's time.
//   npx tsx scripts/dev/load-waterfall.ts [size=real]
import { launch } from '../../tests/e2e/chromium';
import { benchContext, serveBuild } from './serve-build';

const size = process.argv[2] ?? 'real';
const { server, base } = await serveBuild(size);
const browser = await launch();
const ctx = await benchContext(browser);
// The heights of the page's rows as they change while loading (a change after the map exists resizes its canvas).
await ctx.addInitScript(`window.__h = []; const t0 = performance.now(); const tick = () => {
  const a = document.querySelector('.atlas');
  if (a) { const s = [...a.children].map((e) => e.className.split(' ')[0] + ':' + e.offsetHeight).join(' ');
    const last = window.__h[window.__h.length - 1]; if (!last || last.s !== s) window.__h.push({ t: Math.round(performance.now()), s }); }
  if (performance.now() - t0 < 10000) setTimeout(tick, 20); }; tick();`);
const page = await ctx.newPage();
await page.goto(base);
await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: 600_000 });
const first = await page.evaluate(() => window.__atlasBench!.ready);
const rows = await page.evaluate(() =>
  performance.getEntriesByType('resource').map((e) => {
    const r = e as PerformanceResourceTiming;
    return {
      name: r.name.split('/').slice(3).join('/'),
      start: r.startTime,
      end: r.responseEnd,
      size: r.encodedBodySize,
    };
  }),
);
const nav = await page.evaluate(() => {
  const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return { domInteractive: n.domInteractive, domContentLoaded: n.domContentLoadedEventEnd };
});
for (const r of rows.sort((a, b) => a.start - b.start))
  console.log(
    `${r.start.toFixed(0).padStart(6)} → ${r.end.toFixed(0).padStart(6)}  ${String(r.size).padStart(8)}  ${r.name}`,
  );
console.log('domInteractive', nav.domInteractive.toFixed(0), 'DCL', nav.domContentLoaded.toFixed(0));
console.log('first events frame', first.toFixed(0));
for (const h of await page.evaluate(() => (window as unknown as { __h: { t: number; s: string }[] }).__h))
  console.log(`rows at ${h.t}: ${h.s}`);
await browser.close();
await server.close();
