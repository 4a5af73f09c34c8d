// Dev helper (issue 10): an A/B of load time. Serves several bench builds (bench/dist/<name>, made with
// VITE_BENCH=1) and loads them in turns, each in a fresh context, with the bare MapLibre reference page after each
// round, so that every build sees the same machine state. Prints the median first-events-frame time of each and
// its ratio to the bare page's median. One browser, as `npm run bench` uses.
//   npx tsx scripts/dev/load-ab.ts [rounds=7] name1 name2 …
import { launch } from '../../tests/e2e/chromium';
import { benchContext, serveBuild } from './serve-build';

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 7;
const names = args.length ? args : ['real'];
const served = await Promise.all(names.map((n) => serveBuild(n)));
const servers = served.map((s) => s.server);
const bases = served.map((s) => s.base);
const browser = await launch();

async function firstFrame(url: string): Promise<number> {
  const ctx = await benchContext(browser);
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: 120_000, polling: 100 });
  await page.evaluate(() => window.__atlasBench!.ready);
  const t = await page.evaluate(() => window.__atlasBench!.firstEventsFrame!);
  await ctx.close();
  return t;
}

const times: number[][] = names.map(() => []);
const bare: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < names.length; i++) times[i]!.push(await firstFrame(bases[i]!));
  bare.push(await firstFrame(`${bases[0]}bench/pages/bare.html`));
  console.log(
    `round ${r + 1}: ${names.map((n, i) => `${n} ${Math.round(times[i]!.at(-1)!)}`).join(', ')}, bare ${Math.round(bare.at(-1)!)}`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = median(bare);
console.log(`bare: ${Math.round(mb)} ms`);
for (let i = 0; i < names.length; i++) {
  const m = median(times[i]!);
  console.log(`${names[i]}: ${Math.round(m)} ms, ${(m / mb).toFixed(2)}× bare`);
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));
