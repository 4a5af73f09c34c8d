// Dev helper (not part of the app, issue 10): where a scrub step's time goes. Serves a bench build
// (bench/dist/<size>, made by `npm run bench`), runs scripted scrub steps through window.__atlasBench with the V8
// sampling profiler on, and prints per step the synchronous part (Svelte's flush: effects and derived values)
// and the time to the end of the frame that shows the range, then the functions with the most self time.
//   npx tsx scripts/dev/profile-scrub.ts [size=real] [steps=20] [--trace /tmp/trace.json] [--hide 'css, selectors']
import { writeFileSync } from 'node:fs';
import { launch } from '../../tests/e2e/chromium';
import { benchContext, serveBuild, sourceLocator } from './serve-build';
import { scrubPlan, stat } from '../bench-lib';

const args = process.argv.slice(2);
const traceAt = args.indexOf('--trace');
const traceFile = traceAt >= 0 ? args.splice(traceAt, 2)[1] : null;
const hideAt = args.indexOf('--hide');
/** CSS selectors made invisible (laid out, not painted): which part of the page a step's cost comes from. */
const hide = hideAt >= 0 ? args.splice(hideAt, 2)[1]! : null;
const [size = 'real', n = '20'] = args;
const { server, base, dist } = await serveBuild(size);
const browser = await launch();
const ctx = await benchContext(browser);
const page = await ctx.newPage();
page.on('pageerror', (e) => console.error(String(e)));
await page.goto(base);
await page.waitForFunction(() => !!window.__atlasBench, null, { timeout: 600_000 });
await page.evaluate(() => window.__atlasBench!.ready);
await page.evaluate(() => window.__atlasBench!.idle());
if (hide) await page.addStyleTag({ content: `${hide} { visibility: hidden !important; }` });
const bounds = await page.evaluate(() => window.__atlasBench!.bounds);
const steps = scrubPlan(bounds.from, bounds.to, Number(n));

const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
if (traceFile)
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.frame,v8.execute,blink.user_timing,gpu',
    transferMode: 'ReturnAsStream',
  });
await cdp.send('Profiler.start');
const times = await page.evaluate(async (steps) => {
  const h = window.__atlasBench!;
  // MapLibre's frame (its _render, run from requestAnimationFrame): when it starts and how long it takes.
  const m = h.map as unknown as { _render: (t: number) => unknown };
  const render = m._render.bind(m);
  let rs = 0;
  let rd = 0;
  m._render = (t: number) => {
    rs = performance.now();
    const r = render(t);
    rd = performance.now() - rs;
    return r;
  };
  const out: Record<string, number>[] = [];
  // As the bench: 100 ms after idle, then two animation frames (no frame still queued for the GPU).
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  const quiet = async () => {
    await new Promise((r) => setTimeout(r, 100));
    await frame();
    await frame();
  };
  for (const [a, b] of steps) {
    h.pause();
    await h.idle();
    await quiet();
    performance.mark('step');
    const t0 = performance.now();
    const p = h.setRange(a, b);
    const t1 = performance.now();
    const t2 = await p;
    const s = { start: rs - t0, render: rd };
    performance.measure('scrub', 'step');
    await h.idle();
    await quiet();
    const t3 = performance.now();
    const t4 = await h.repaint();
    out.push({
      sync: t1 - t0,
      rafWait: s.start - (t1 - t0),
      render: s.render,
      frame: t2 - t0,
      afterRender: t2 - t0 - s.start - s.render,
      repaint: t4 - t3,
      repaintRafWait: rs - t3,
      repaintRender: rd,
      repaintAfterRender: t4 - rs - rd,
    });
  }
  return out;
}, steps);
const { profile } = await cdp.send('Profiler.stop');
if (traceFile) {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream });
    text += r.data;
    if (r.eof) break;
  }
  writeFileSync(traceFile, text);
  console.log('trace written to', traceFile);
}

console.log(`${size}: ${times.length} steps (median / p95, ms)`);
for (const k of Object.keys(times[0]!)) {
  const st = stat(times.map((t) => t[k]!));
  console.log(`  ${k.padEnd(20)} ${String(st.median).padStart(7)} / ${st.p95}`);
}

// Self time per function (sampling profile), grouped by name and source location (the build's source maps).
const locate = sourceLocator(dist);
function where(url: string, line: number, column: number): string {
  const o = locate(url, line, column);
  if (!o) return `${url.split('/').pop() ?? ''}:${line + 1}:${column + 1}`;
  return `${o.source}:${o.line}${o.name ? ` ${o.name}` : ''}`;
}
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((id, i) => {
  const nd = byId.get(id)!;
  const cf = nd.callFrame;
  const key = `${cf.functionName || '(anon)'} ${where(cf.url, cf.lineNumber, cf.columnNumber)}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`  profile: ${total.toFixed(0)} ms sampled; top self time:`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35))
  console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${k}`);
await browser.close();
await server.close();
