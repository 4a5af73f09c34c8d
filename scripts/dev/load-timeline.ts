// Dev helper (issue 10): the main thread's first load as a timeline. Like profile-load.ts (the V8 sampling profiler
// from navigation to the first events frame of a bench build), but in 100 ms buckets: for each, the idle time and
// the two functions that took most of the rest, so that what the first frame waits for shows in order.
//   npx tsx scripts/dev/load-timeline.ts [size=real] [--bare] [--bucket ms]
import { launch } from '../../tests/e2e/chromium';
import { benchContext, serveBuild } from './serve-build';

const args = process.argv.slice(2);
const bare = args.includes('--bare');
const bi = args.indexOf('--bucket');
const bucket = bi >= 0 ? Number(args[bi + 1]) : 100;
const [size = 'real'] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--bucket');
const { server, base } = await serveBuild(size);
const browser = await launch();
const ctx = await benchContext(browser);
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(bare ? `${base}bench/pages/bare.html` : base);
await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: 600_000 });
const first = Number(await page.evaluate(() => window.__atlasBench!.ready));
const { profile } = await cdp.send('Profiler.stop');
console.log(`first events frame at ${Math.round(first)} ms (wall ${Date.now() - t0} ms)`);
const nodes = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const dt = profile.timeDeltas ?? [];
// Profile times are in µs; buckets count from the profile's start, just before navigation.
let t = profile.startTime;
const buckets = new Map<number, Map<string, number>>();
profile.samples?.forEach((id, i) => {
  t += dt[i] ?? 0;
  const cf = nodes.get(id)!.callFrame;
  const name = cf.url
    ? `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber + 1}`
    : cf.functionName;
  const ms = (dt[i + 1] ?? 0) / 1000;
  const b = Math.floor((t - profile.startTime) / 1000 / bucket);
  const m = buckets.get(b) ?? new Map<string, number>();
  m.set(name, (m.get(name) ?? 0) + ms);
  buckets.set(b, m);
});
for (const [b, m] of [...buckets].sort((a, c) => a[0] - c[0])) {
  const idle = m.get('(idle)') ?? 0;
  const top = [...m]
    .filter(([k]) => k !== '(idle)')
    .sort((a, c) => c[1] - a[1])
    .slice(0, 3)
    .map(([k, v]) => `${v.toFixed(0)} ${k}`)
    .join(' | ');
  console.log(`${String(b * bucket).padStart(6)}  idle ${idle.toFixed(0).padStart(3)}  ${top}`);
}
await browser.close();
await server.close();
