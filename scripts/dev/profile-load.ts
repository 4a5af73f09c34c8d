// Dev helper (not part of the app, issue 10): where the main thread's time goes from navigation to the first frame
// with events. Serves a bench build (bench/dist/<size>), runs the V8 sampling profiler from before navigation to
// `__atlasBench.ready`, and prints self time by source (the build's source maps): by package or app folder, then
// the top functions. Run it on a quiet machine, several times: one load is one sample.
//   npx tsx scripts/dev/profile-load.ts [size=real] [--bare]
import { launch } from '../../tests/e2e/chromium';
import { benchContext, serveBuild, sourceLocator } from './serve-build';

const args = process.argv.slice(2);
const bare = args.includes('--bare');
const [size = 'real'] = args.filter((a) => !a.startsWith('--'));
const { server, base, dist } = await serveBuild(size);
const browser = await launch();
const ctx = await benchContext(browser);
const page = await ctx.newPage();
page.on('pageerror', (e) => console.error(String(e)));
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(bare ? `${base}bench/pages/bare.html` : base);
// Both the app and the reference pages have the bench hook; `ready` resolves at the first frame with events.
await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: 600_000 });
const first = await page.evaluate(() => window.__atlasBench!.ready);
const { profile } = await cdp.send('Profiler.stop');
console.log(`first frame at ${Math.round(Number(first))} ms`);

const locate = sourceLocator(dist);
function where(url: string, line: number, column: number): { src: string; fn: string } {
  const file = url.split('/').pop() ?? '';
  const o = locate(url, line, column);
  if (!o) return { src: url ? file : '(native)', fn: `${file}:${line + 1}` };
  return { src: o.source, fn: `${o.source}:${o.line}${o.name ? ` ${o.name}` : ''}` };
}
const group = (src: string) =>
  src.startsWith('src/')
    ? src.split('/').slice(0, 3).join('/')
    : src
        .split('/')
        .slice(0, src.startsWith('@') ? 2 : 1)
        .join('/');
const bySrc = new Map<string, number>();
const byFn = new Map<string, number>();
const nodes = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((id, i) => {
  const cf = nodes.get(id)!.callFrame;
  const ms = (dt[i + 1] ?? 0) / 1000;
  const special = cf.url ? null : cf.functionName || '(anon)';
  const w = special
    ? { src: `(${special.replace(/[()]/g, '')})`, fn: special }
    : where(cf.url, cf.lineNumber, cf.columnNumber);
  const g = special ? w.src : group(w.src);
  bySrc.set(g, (bySrc.get(g) ?? 0) + ms);
  const key = `${cf.functionName || '(anon)'} ${w.fn}`;
  byFn.set(key, (byFn.get(key) ?? 0) + ms);
});
const total = [...bySrc.values()].reduce((a, b) => a + b, 0);
console.log(`sampled ${total.toFixed(0)} ms; self time by source:`);
for (const [k, ms] of [...bySrc].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
console.log('top functions:');
for (const [k, ms] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${k}`);
await browser.close();
await server.close();
