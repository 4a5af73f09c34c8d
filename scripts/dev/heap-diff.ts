// Dev helper (issue 10): what the JS heap gains while playing. Serves the real-data bench build (bench/dist/real,
// VITE_BENCH=1), takes a heap snapshot after load (after GC, as `npm run bench` measures), plays for `ms`, takes
// another, and prints the difference in retained self size by node type and name, largest first. Compiled code
// (`code:` rows) is V8 warming up, not data the app keeps.
//   npx tsx scripts/dev/heap-diff.ts [ms=40000]
import { launch } from '../../tests/e2e/chromium';
import { benchContext, serveBuild } from './serve-build';

const { server, base } = await serveBuild('real');
const browser = await launch(['--enable-precise-memory-info']);
const ctx = await benchContext(browser);
const page = await ctx.newPage();
await page.goto(base);
await page.waitForFunction(() => !!window.__atlasBench!, null, { timeout: 120000 });
await page.evaluate(() => window.__atlasBench!.ready);
await page.evaluate(() => window.__atlasBench!.idle());
const cdp = await ctx.newCDPSession(page);
async function snap(): Promise<Map<string, [number, number]>> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const u = await cdp.send('Runtime.getHeapUsage');
  console.log('used', u.usedSize);
  const chunks: string[] = [];
  const h = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', h);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', h);
  const s = JSON.parse(chunks.join(''));
  const f = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const nf = f.length;
  const ti = f.indexOf('type'),
    ni = f.indexOf('name'),
    si = f.indexOf('self_size');
  const out = new Map<string, [number, number]>();
  for (let i = 0; i < s.nodes.length; i += nf) {
    const type = types[s.nodes[i + ti]];
    let name = s.strings[s.nodes[i + ni]];
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '';
    if (type === 'code') name = name.slice(0, 30);
    const k = `${type}:${name.slice(0, 60)}`;
    const v = out.get(k) ?? [0, 0];
    v[0]++;
    v[1] += s.nodes[i + si];
    out.set(k, v);
  }
  return out;
}
const a = await snap();
await page.evaluate(
  async (ms: number) => {
    const h = window.__atlasBench!;
    const m = h.map;
    const start = () => h.setRange(h.bounds.from, h.bounds.from + 6);
    await start();
    await h.idle();
    m.repaint = true;
    h.play();
    const t0 = performance.now();
    while (performance.now() - t0 < ms) {
      await new Promise((r) => setTimeout(r, 200));
      if (!h.playing) {
        await start();
        h.play();
      }
    }
    h.pause();
    m.repaint = false;
  },
  Number(process.argv[2] ?? '40000'),
);
await page.evaluate(() => window.__atlasBench!.idle());
const b = await snap();
const rows: [string, number, number][] = [];
for (const [k, v] of b) {
  const o = a.get(k) ?? [0, 0];
  rows.push([k, v[1] - o[1], v[0] - o[0]]);
}
for (const [k, v] of a) if (!b.has(k)) rows.push([k, -v[1], -v[0]]);
rows.sort((x, y) => y[1] - x[1]);
for (const r of rows.slice(0, 30)) console.log(String(r[1]).padStart(9), String(r[2]).padStart(6), r[0]);
await browser.close();
await server.close();
