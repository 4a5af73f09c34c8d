// Dev helper (issue 10): an A/B of load time. Serves several bench builds (bench/dist/<name>, made with
// VITE_BENCH=1) and loads them in turns, each in a fresh context, with the bare MapLibre reference page after each
// round, so that every build sees the same machine state. Prints the median first-events-frame time of each and
// its ratio to the bare page's median. One browser, as `npm run bench` uses.
//   npx tsx scripts/dev/load-ab.ts [rounds=7] name1 name2 …
import { join } from 'node:path';
import { preview } from 'vite';
import { launch } from '../../tests/e2e/chromium';

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 7;
const names = args.length ? args : ['real'];
const root = join(import.meta.dirname, '../..');
const servers = await Promise.all(
  names.map((n) =>
    preview({
      configFile: false,
      root,
      base: './',
      build: { outDir: join(root, 'bench/dist', n) },
      preview: { port: 0, host: '127.0.0.1' },
      logLevel: 'error',
    }),
  ),
);
const bases = servers.map((s) => s.resolvedUrls!.local[0]!);
const browser = await launch();

async function firstFrame(url: string): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'es-PE' });
  await ctx.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
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
