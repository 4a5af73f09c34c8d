import { preview } from 'vite';
import { launch, waitForMap } from '../../tests/e2e/browser';
import { axeViolations, describeViolations } from '../../tests/e2e/axe';
const paths = process.argv.slice(2);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
const base = server.resolvedUrls!.local[0]!;
const browser = await launch();
for (const spec of paths) {
  const [path, w = '1280', h = '800'] = spec.split('@');
  const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'es-PE' });
  const page = await ctx.newPage();
  await page.goto(new URL(path!.replace(/^\//, ''), base).href);
  await waitForMap(page).catch((e) => console.log('wait', String(e).slice(0, 100)));
  console.log('==', spec);
  console.log(describeViolations(await axeViolations(page)).join('\n'));
  await ctx.close();
}
await browser.close();
await server.close();
